using CustomerService.Functions.Features.Appeals.Registration;
using CustomerService.Functions.Platform.Hosting.Catalogue;
using CustomerService.Functions.Platform.Http;
using CustomerService.Functions.Platform.Security;
using CustomerService.Functions.Platform.Storage.Documents;

namespace CustomerService.Functions.Features.Appeals.Organizations.Editing;

/// <summary>
/// <c>/api/admin/organizations</c> (administrator): read, edit under If-Match, history and revert of the
/// organization profiles (docs/administration.md). Saves go through <see cref="OrganizationProfileStore"/>;
/// the active profile takes an edit from the next request on.
/// </summary>
public static class OrganizationAdminEndpoints
{
    public const string Base = "/admin/organizations";

    /// <summary>What GET one, PUT and revert answer; <see cref="Profile"/> is what PUT takes back.</summary>
    public sealed record ProfileView(string Id, bool Active, bool Shipped, int Version, string Etag, DateTimeOffset? ChangedAt, string? ChangedBy, OrganizationProfileDocument Profile);

    public sealed record ProfileList(string ActiveId, IReadOnlyList<ProfileView> Profiles);

    public sealed record HistoryEntry(int Version, DateTimeOffset ChangedAt, string ChangedBy, OrganizationProfileDocument Profile);

    public sealed record ProfileHistory(string Id, IReadOnlyList<HistoryEntry> Versions);

    /// <param name="Version">A version from the history, or 0 for the shipped profile.</param>
    public sealed record RevertRequest(int? Version);

    public static RouteGroupBuilder MapOrganizationAdmin(this RouteGroupBuilder api)
    {
        var admin = api.MapGroup(Base).RequireAuthorization(StaffPolicies.Administrator);
        // The list on api itself: a "" route in the group would be documented with a trailing slash.
        api.MapGet(Base, async (OrganizationProfileStore store, ActiveOrganizationProfile active, CancellationToken cancellationToken) =>
                TypedResults.Json(new ProfileList(active.Id, (await store.ListAsync(cancellationToken)).Select(p => View(p, active)).ToList()), AppealRegistrar.Json))
            .RequireAuthorization(StaffPolicies.Administrator)
            .AsFunction("AdminOrganizationsList", FunctionAuthLevel.Anonymous);
        admin.MapGet("/{id}", async (string id, HttpContext context, OrganizationProfileStore store, ActiveOrganizationProfile active, CancellationToken cancellationToken) =>
                await store.GetAsync(id, cancellationToken) is { } profile ? Answer(context, profile, active) : NotFound())
            .AsFunction("AdminOrganizationsGet", FunctionAuthLevel.Anonymous);
        admin.MapPut("/{id}", (string id, OrganizationProfileDocument document, HttpContext context, OrganizationProfileStore store, ActiveOrganizationProfile active, CancellationToken cancellationToken) =>
                SaveAsync(id, document, context, store, active, cancellationToken))
            .AsFunction("AdminOrganizationsPut", FunctionAuthLevel.Anonymous);
        admin.MapGet("/{id}/history", HistoryAsync)
            .AsFunction("AdminOrganizationsHistory", FunctionAuthLevel.Anonymous);
        admin.MapPost("/{id}/revert", RevertAsync)
            .AsFunction("AdminOrganizationsRevert", FunctionAuthLevel.Anonymous);
        return api;
    }

    private static async Task<IResult> SaveAsync(string id, OrganizationProfileDocument document, HttpContext context, OrganizationProfileStore store, ActiveOrganizationProfile active, CancellationToken cancellationToken)
    {
        if (OrganizationProfiles.Find(id) is null) return NotFound();
        if (IfMatch(context) is not { } ifMatch) return PreconditionRequired();
        var problems = new ValidationProblemBuilder();
        var profile = OrganizationProfileValidator.Validate(document, id, problems);
        if (profile is null) return problems.ToResult();
        return await SaveValidatedAsync(profile, ifMatch, context, store, active, cancellationToken);
    }

    private static async Task<IResult> HistoryAsync(string id, OrganizationProfileStore store, CancellationToken cancellationToken)
    {
        if (OrganizationProfiles.Find(id) is null) return NotFound();
        var versions = (await store.HistoryAsync(id, cancellationToken))
            .Select(r => new HistoryEntry(r.Version, r.ChangedAt, r.ChangedBy, store.Document(r.Json))).ToList();
        return TypedResults.Json(new ProfileHistory(id, versions), AppealRegistrar.Json);
    }

    /// <summary>Writes an old version (or the shipped profile) as a new version: history only grows.</summary>
    private static async Task<IResult> RevertAsync(string id, RevertRequest request, HttpContext context, OrganizationProfileStore store, ActiveOrganizationProfile active, CancellationToken cancellationToken)
    {
        if (OrganizationProfiles.Find(id) is not { } shipped) return NotFound();
        if (IfMatch(context) is not { } ifMatch) return PreconditionRequired();
        var problems = new ValidationProblemBuilder();
        var document = request.Version switch
        {
            0 => OrganizationProfileDocument.From(shipped),
            int version and > 0 => await store.RevisionAsync(id, version, cancellationToken),
            _ => null,
        };
        if (document is null) return problems.Add("version", "Нет такой версии профиля: укажите номер из истории или 0 для поставляемого профиля.").ToResult();
        var profile = OrganizationProfileValidator.Validate(document, id, problems);
        if (profile is null)
            return problems.ToResult($"Версия {request.Version} не проходит текущие проверки профиля: исправьте поля и сохраните профиль заново.");
        return await SaveValidatedAsync(profile, ifMatch, context, store, active, cancellationToken);
    }

    private static async Task<IResult> SaveValidatedAsync(OrganizationProfile profile, string ifMatch, HttpContext context, OrganizationProfileStore store, ActiveOrganizationProfile active, CancellationToken cancellationToken)
    {
        try
        {
            var saved = await store.SaveAsync(profile, ifMatch, context.GetStaffUser()!.Id, cancellationToken);
            active.Accept(saved);
            return Answer(context, saved, active);
        }
        catch (DocumentConflictException)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: "Профиль изменился.",
                detail: "Профиль организации сохранил кто-то другой, пока вы его редактировали: загрузите его заново и повторите правку.");
        }
    }

    private static IResult Answer(HttpContext context, EditableProfile profile, ActiveOrganizationProfile active)
    {
        context.Response.Headers.ETag = profile.ETag;
        return TypedResults.Json(View(profile, active), AppealRegistrar.Json);
    }

    private static ProfileView View(EditableProfile p, ActiveOrganizationProfile active) => new(
        p.Profile.Id, p.Profile.Id == active.Id, p.Shipped, p.Version, p.ETag, p.ChangedAt, p.ChangedBy, OrganizationProfileDocument.From(p.Profile));

    private static string? IfMatch(HttpContext context) => context.Request.Headers.IfMatch.ToString() is { Length: > 0 } value ? value : null;

    private static IResult NotFound() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Профиль организации не найден.", detail: ProblemTexts.NotFound);

    private static IResult PreconditionRequired() =>
        TypedResults.Problem(statusCode: StatusCodes.Status428PreconditionRequired, title: "Нужен заголовок If-Match.",
            detail: "Сохранение профиля требует заголовка If-Match с ETag, полученным при чтении профиля («\"shipped\"» для неизменённого).");
}
