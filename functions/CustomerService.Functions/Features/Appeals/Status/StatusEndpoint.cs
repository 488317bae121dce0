using CustomerService.Functions.Features.Appeals.Registration;
using CustomerService.Functions.Platform.Hosting.Catalogue;
using CustomerService.Functions.Platform.Security.RateLimiting;

namespace CustomerService.Functions.Features.Appeals.Status;

/// <summary>
/// <c>GET /api/appeals/{number}/status?code=…</c> for the applicant: number, status and dates,
/// no personal data. A wrong code and a wrong number get the same 404 (no oracle for either).
/// </summary>
public static class StatusEndpoint
{
    public static RouteGroupBuilder MapAppealStatus(this RouteGroupBuilder api)
    {
        api.MapGet("/appeals/{number}/status", async (string number, string? code, AccessCodes codes, AppealTables tables, CancellationToken cancellationToken) =>
        {
            if (codes.Verify(code) is not { } appealId) return NotFound();
            await tables.EnsureCreatedAsync(cancellationToken);
            var row = await tables.Table(AppealTables.Appeals).GetEntityIfExistsAsync(appealId, AppealTables.AppealRowKey(appealId),
                ["RegistrationNumber", "Status", "RegisteredAt", "PromisedBy"], cancellationToken);
            if (row is null || !string.Equals(row.GetString("RegistrationNumber"), number, StringComparison.Ordinal)) return NotFound();
            return TypedResults.Json(new AppealStatusView(number, row.GetString("Status")!, row.GetDateTimeOffset("RegisteredAt")!.Value, row.GetString("PromisedBy")!), AppealRegistrar.Json);
        })
        .RequireRateLimiting(RateLimitPolicies.PublicIntake)
        .AsFunction("AppealStatus", FunctionAuthLevel.Anonymous);
        return api;
    }

    private static IResult NotFound() => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound,
        detail: "Обращение с таким номером и кодом доступа не найдено. Проверьте ссылку из уведомления о регистрации.");
}

/// <param name="PromisedBy">The promised answer date, <c>yyyy-MM-dd</c>.</param>
public sealed record AppealStatusView(string RegistrationNumber, string Status, DateTimeOffset RegisteredAt, string PromisedBy);
