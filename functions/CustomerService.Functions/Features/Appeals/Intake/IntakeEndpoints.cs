using CustomerService.Functions.Features.Appeals.Attachments;
using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Features.Appeals.Registration;
using CustomerService.Functions.Platform.Hosting.Catalogue;
using CustomerService.Functions.Platform.Http;
using CustomerService.Functions.Platform.Security;
using CustomerService.Functions.Platform.Security.RateLimiting;
using Microsoft.AspNetCore.Http.Features;

namespace CustomerService.Functions.Features.Appeals.Intake;

/// <summary>
/// The three intake doors. All read the same JSON — the body, or the <c>appeal</c> part of a
/// multipart form with attachments — validate it and the files at the edge (400 with Russian field
/// messages, nothing stored) and register through <see cref="AppealRegistrar"/>.
/// </summary>
public static class IntakeEndpoints
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";

    public static RouteGroupBuilder MapAppealIntake(this RouteGroupBuilder api)
    {
        // The handlers read the body themselves; Accepts<AppealRequest> only tells the OpenAPI document its shape.
        api.MapPost("/appeals", (HttpContext context, CancellationToken ct) => HandleAsync(context, IntakeRoute.Website, "website", ct))
            .RequireRateLimiting(RateLimitPolicies.PublicIntake)
            .Accepts<AppealRequest>("application/json", "multipart/form-data")
            .AsFunction("AppealsSubmit", FunctionAuthLevel.Anonymous);
        api.MapPost("/appeals/from-partner", (HttpContext context, CancellationToken ct) => HandleAsync(context, IntakeRoute.Partner, "partner:" + context.GetApiCaller(), ct))
            .RequireAuthorization(ApiCallerPolicies.ServerToServer)
            .Accepts<AppealRequest>("application/json", "multipart/form-data")
            .AsFunction("AppealsSubmitFromPartner", FunctionAuthLevel.Function);
        api.MapPost("/staff/appeals", (HttpContext context, CancellationToken ct) => HandleAsync(context, IntakeRoute.Staff, "staff:" + context.GetStaffUser()!.Id, ct))
            .RequireAuthorization(StaffPolicies.Operator)
            .Accepts<AppealRequest>("application/json", "multipart/form-data")
            .AsFunction("AppealsRegisterByStaff", FunctionAuthLevel.Anonymous);
        return api;
    }

    private static async Task<IResult> HandleAsync(HttpContext context, IntakeRoute route, string caller, CancellationToken cancellationToken)
    {
        var multipart = MultipartIntake.IsMultipart(context.Request);
        if (!multipart && !context.Request.HasJsonContentType())
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, detail: IntakeTexts.UnsupportedMediaType);
        var key = context.Request.Headers[IdempotencyKeyHeader].ToString();
        if (key.Length > 0 && !IsValidKey(key))
            return new ValidationProblemBuilder().Add(IdempotencyKeyHeader, IntakeTexts.IdempotencyKeyFormat).ToResult();

        var attachments = context.RequestServices.GetRequiredService<AppealAttachments>();
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = multipart ? MultipartIntake.MaxBodyBytes(attachments.Policy.Options) : IntakeLimits.BodyBytes;

        // Files are buffered (memory or temporary files) until registration stores them; disposing deletes the buffers.
        await using var batch = attachments.StartBatch();
        var (request, malformed) = multipart
            ? await MultipartIntake.ReadAsync(context.Request, batch, cancellationToken)
            : await IntakeJson.ReadAsync(context.Request.Body, cancellationToken);
        if (malformed is not null) return malformed;

        var services = context.RequestServices;
        var profile = services.GetRequiredService<OrganizationProfile>();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(services.GetRequiredService<TimeProvider>().GetUtcNow(), profile.TimeZone).DateTime);
        var problems = new ValidationProblemBuilder();
        var appeal = AppealRequestValidator.Validate(request!, route, profile, today, problems);
        // Field and file problems in one answer, so the applicant fixes everything at once.
        foreach (var refusal in batch.Problems) problems.Add(MultipartIntake.AttachmentsField, refusal);
        if (appeal is null || problems.HasErrors) return problems.ToResult();

        var outcome = await services.GetRequiredService<AppealRegistrar>().RegisterAsync(appeal, caller, key.Length > 0 ? key : null, batch, cancellationToken);
        switch (outcome)
        {
            case RegistrationOutcome.Registered created:
                return Created(created.Json, created.StatusUrl, context, replayed: false);
            case RegistrationOutcome.Replayed replayed:
                return Created(replayed.Json, replayed.StatusUrl, context, replayed: true);
            default:
                return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, detail: IntakeTexts.IdempotencyMismatch);
        }
    }

    private static IResult Created(string json, string statusUrl, HttpContext context, bool replayed)
    {
        context.Response.Headers.Location = statusUrl;
        if (replayed) context.Response.Headers[ReplayedHeader] = "true";
        return TypedResults.Text(json, "application/json; charset=utf-8", statusCode: StatusCodes.Status201Created);
    }

    /// <summary>1–100 printable ASCII characters (a UUID is the usual choice).</summary>
    private static bool IsValidKey(string key) => key.Length <= 100 && key.All(c => c is >= '!' and <= '~');
}
