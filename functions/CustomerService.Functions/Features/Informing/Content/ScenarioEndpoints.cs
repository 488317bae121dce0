using Azure;
using CustomerService.Functions.Features.Informing.Scenarios;
using CustomerService.Functions.Features.Informing.Scenarios.Shipped;
using CustomerService.Functions.Platform.Hosting.Catalogue;
using CustomerService.Functions.Platform.Http;
using CustomerService.Functions.Platform.Security;

namespace CustomerService.Functions.Features.Informing.Content;

/// <summary>
/// Scenarios for staff: placeholders, the list, one scenario in one language, saving and reverting
/// an override (administrators, ETag-guarded), and previews. Bad texts are 400 problem+json with
/// the field they are in (<c>sms</c>, <c>emailSubject</c>, <c>emailText</c>, <c>emailHtml</c>).
/// </summary>
public static class ScenarioEndpoints
{
    public static RouteGroupBuilder MapScenarios(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/informing");
        group.MapGet("/placeholders", (Appeals.Organizations.OrganizationProfile organization) =>
                TypedResults.Json(Placeholders.All.Select(p => PlaceholderView.From(p, organization.Currency())).ToList(), InformingJson.Options))
            .RequireAuthorization(StaffPolicies.Staff).AsFunction("InformingPlaceholders", FunctionAuthLevel.Anonymous);
        group.MapGet("/scenarios", ListAsync).RequireAuthorization(StaffPolicies.Staff).AsFunction("InformingScenarioList", FunctionAuthLevel.Anonymous);
        group.MapGet("/scenarios/{id}/{language}", GetAsync).RequireAuthorization(StaffPolicies.Staff).AsFunction("InformingScenarioGet", FunctionAuthLevel.Anonymous);
        group.MapPut("/scenarios/{id}/{language}", SaveAsync).RequireAuthorization(StaffPolicies.Administrator).AsFunction("InformingScenarioSave", FunctionAuthLevel.Anonymous);
        group.MapDelete("/scenarios/{id}/{language}", RevertAsync).RequireAuthorization(StaffPolicies.Administrator).AsFunction("InformingScenarioRevert", FunctionAuthLevel.Anonymous);
        group.MapPost("/scenarios/preview", PreviewAsync).RequireAuthorization(StaffPolicies.Staff).AsFunction("InformingScenarioPreview", FunctionAuthLevel.Anonymous);
        return api;
    }

    private static async Task<IResult> ListAsync(ScenarioStore store, CancellationToken cancellationToken)
    {
        var overridden = await store.OverriddenLanguagesAsync(cancellationToken);
        var scenarios = ScenarioCatalogue.All.Select(s => new ScenarioSummary(s.Id, s.Title, s.UseCase, s.Placeholders,
            [.. s.Shipped.Keys.Order(StringComparer.Ordinal)], [.. overridden[s.Id].Order(StringComparer.Ordinal)])).ToList();
        return TypedResults.Json(new ScenarioList(ScenarioLanguages.All, scenarios), InformingJson.Options);
    }

    private static async Task<IResult> GetAsync(string id, string language, HttpContext context, ScenarioStore store, CancellationToken cancellationToken)
    {
        if (Find(id, language) is not { } scenario) return NotFound();
        return View(context, await store.GetAsync(scenario, language, cancellationToken));
    }

    private static async Task<IResult> SaveAsync(string id, string language, ScenarioTexts texts, HttpContext context, ScenarioStore store, CancellationToken cancellationToken)
    {
        if (Find(id, language) is not { } scenario) return NotFound();
        var outcome = await store.SaveAsync(scenario, language, texts.ToContent(), IfMatch(context), context.GetStaffUser()!, cancellationToken);
        if (outcome.Saved is not null) await NoticesAcceptAsync(context, cancellationToken);
        return outcome switch
        {
            { Errors.Count: > 0 } => Invalid(outcome.Errors),
            { Conflict: SaveConflict.Stale } => Changed(StatusCodes.Status412PreconditionFailed),
            { Conflict: SaveConflict.IfMatchRequired } => Changed(StatusCodes.Status428PreconditionRequired),
            _ => View(context, outcome.Saved!),
        };
    }

    private static async Task<IResult> RevertAsync(string id, string language, HttpContext context, ScenarioStore store, CancellationToken cancellationToken)
    {
        if (Find(id, language) is not { } scenario) return NotFound();
        if (IfMatch(context) is not { } etag) return Changed(StatusCodes.Status428PreconditionRequired);
        if (!await store.RevertAsync(scenario, language, etag, cancellationToken)) return Changed(StatusCodes.Status412PreconditionFailed);
        await NoticesAcceptAsync(context, cancellationToken);
        return View(context, await store.GetAsync(scenario, language, cancellationToken));
    }

    /// <summary>Transactional notices rendered on this instance use the saved text from the next one on.</summary>
    private static Task NoticesAcceptAsync(HttpContext context, CancellationToken cancellationToken) =>
        context.RequestServices.GetService<Notices.ApplicantNotices>()?.AcceptAsync(cancellationToken) ?? Task.CompletedTask;

    private static async Task<IResult> PreviewAsync(PreviewRequest request, ScenarioStore store, Appeals.Organizations.OrganizationProfile organization, CancellationToken cancellationToken)
    {
        var problems = new ValidationProblemBuilder();
        var scenario = request.ScenarioId is null ? null : ScenarioCatalogue.Find(request.ScenarioId);
        problems.AddIf(scenario is null, "scenarioId", $"Укажите сценарий: {string.Join(", ", ScenarioCatalogue.All.Select(s => s.Id))}.");
        problems.AddIf(!ScenarioLanguages.IsKnown(request.Language), "language", $"Укажите язык: {string.Join(", ", ScenarioLanguages.All)}.");
        if (problems.HasErrors) return problems.ToResult();

        var saved = await store.GetAsync(scenario!, request.Language!, cancellationToken);
        var content = new ScenarioContent(request.Sms ?? saved.Content.Sms, request.EmailSubject ?? saved.Content.EmailSubject,
            request.EmailText ?? saved.Content.EmailText, request.EmailHtml ?? saved.Content.EmailHtml);
        var language = request.Sms is null && request.EmailSubject is null && request.EmailText is null ? saved.ContentLanguage : request.Language!;
        var (message, errors) = ScenarioPreview.Render(scenario!, content, language, request.Values, organization.Currency());
        if (message is null) return Invalid(errors);
        return TypedResults.Json(new PreviewResult(scenario!.Id, request.Language!, SmsPreview.From(message.Sms, message.SmsLength),
            new EmailPreview(message.EmailSubject, message.EmailHtml, message.EmailText), message.Missing), InformingJson.Options);
    }

    private static ScenarioDefinition? Find(string id, string language) =>
        ScenarioLanguages.IsKnown(language) ? ScenarioCatalogue.Find(id) : null;

    private static IResult View(HttpContext context, EffectiveScenario scenario)
    {
        if (scenario.ETag is { } etag) context.Response.Headers.ETag = etag.ToString();
        return TypedResults.Json(ScenarioView.From(scenario), InformingJson.Options);
    }

    private static IResult Invalid(IEnumerable<TemplateError> errors)
    {
        var problems = new ValidationProblemBuilder();
        foreach (var error in errors) problems.Add(error.Field, error.Message);
        return problems.ToResult();
    }

    private static IResult NotFound() => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Сценарий не найден.",
        detail: $"Сценарии: {string.Join(", ", ScenarioCatalogue.All.Select(s => s.Id))}; языки: {string.Join(", ", ScenarioLanguages.All)}.");

    private static IResult Changed(int status) => TypedResults.Problem(statusCode: status, title: "Сценарий изменился.",
        detail: status == StatusCodes.Status428PreconditionRequired
            ? "Сценарий уже изменён сотрудником: получите его (GET) и передайте его ETag в заголовке If-Match."
            : "Сценарий изменили, пока вы его редактировали: обновите его и повторите сохранение.");

    private static ETag? IfMatch(HttpContext context) =>
        context.Request.Headers.IfMatch.ToString() is { Length: > 0 } value ? new ETag(value) : null;
}
