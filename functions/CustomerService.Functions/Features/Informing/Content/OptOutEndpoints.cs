using CustomerService.Functions.Features.Appeals.Intake;
using CustomerService.Functions.Features.Informing.Recipients;
using CustomerService.Functions.Platform.Hosting.Catalogue;
using CustomerService.Functions.Platform.Http;
using CustomerService.Functions.Platform.Security;

namespace CustomerService.Functions.Features.Informing.Content;

/// <summary>
/// <c>POST /api/informing/opt-outs</c> records a customer's refusal, <c>DELETE</c> (same fields as
/// query parameters) withdraws it. Any staff member may take a refusal: customers give it by phone,
/// in person or in writing.
/// </summary>
public static class OptOutEndpoints
{
    /// <param name="Phone">Refuses SMS to this number (any usual +7 spelling).</param>
    /// <param name="Email">Refuses e-mail to this address.</param>
    /// <param name="Account">Refuses every channel for this account.</param>
    public sealed record OptOutRequest(string? Phone, string? Email, string? Account, string? Reason);

    public sealed record OptOutResult(IReadOnlyList<OptOutEntry> Entries, int Changed);

    public static RouteGroupBuilder MapOptOuts(this RouteGroupBuilder api)
    {
        api.MapPost("/informing/opt-outs", async (OptOutRequest request, HttpContext context, OptOutStore store, CancellationToken cancellationToken) =>
            {
                var (entries, problem) = Entries(request);
                if (problem is not null) return problem;
                await store.AddAsync(entries, request.Reason?.Trim(), context.GetStaffUser()!, cancellationToken);
                return TypedResults.Json(new OptOutResult(entries, entries.Count), InformingJson.Options);
            })
            .RequireAuthorization(StaffPolicies.Staff).AsFunction("InformingOptOutAdd", FunctionAuthLevel.Anonymous);
        api.MapDelete("/informing/opt-outs", async (string? phone, string? email, string? account, OptOutStore store, CancellationToken cancellationToken) =>
            {
                var (entries, problem) = Entries(new OptOutRequest(phone, email, account, null));
                if (problem is not null) return problem;
                var removed = await store.RemoveAsync(entries, cancellationToken);
                return TypedResults.Json(new OptOutResult(entries, removed), InformingJson.Options);
            })
            .RequireAuthorization(StaffPolicies.Staff).AsFunction("InformingOptOutRemove", FunctionAuthLevel.Anonymous);
        return api;
    }

    private static (List<OptOutEntry> Entries, IResult? Problem) Entries(OptOutRequest request)
    {
        var problems = new ValidationProblemBuilder();
        var entries = new List<OptOutEntry>();
        if (!string.IsNullOrWhiteSpace(request.Phone))
        {
            if (ContactFormats.NormalizePhone(request.Phone) is { } phone) entries.Add(new(OptOutStore.Phone, phone));
            else problems.Add("phone", "Номер телефона не распознан: ожидается +7XXXXXXXXXX или 8XXXXXXXXXX.");
        }
        if (!string.IsNullOrWhiteSpace(request.Email))
        {
            if (ContactFormats.IsEmail(request.Email.Trim())) entries.Add(new(OptOutStore.Email, request.Email.Trim().ToLowerInvariant()));
            else problems.Add("email", "Адрес e-mail некорректен.");
        }
        if (!string.IsNullOrWhiteSpace(request.Account))
        {
            var account = request.Account.Trim();
            if (account.Length <= RecipientRowReader.MaxAccountLength && account.All(c => char.IsLetterOrDigit(c) || c is '-' or '.')) entries.Add(new(OptOutStore.Account, account.ToUpperInvariant()));
            else problems.Add("account", "Номер лицевого счёта некорректен: допустимы буквы, цифры, точка и дефис.");
        }
        if (!problems.HasErrors && entries.Count == 0) problems.Add("phone", "Укажите телефон, e-mail или лицевой счёт.");
        return (entries, problems.HasErrors ? problems.ToResult() : null);
    }
}
