using System.Text.Json;
using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Features.Deadlines.Api;
using CustomerService.Functions.Features.Deadlines.Calendars;
using CustomerService.Functions.Platform.Hosting.Catalogue;
using CustomerService.Functions.Platform.Http;
using CustomerService.Functions.Platform.Security;
using CustomerService.Functions.Platform.Storage.Documents;

namespace CustomerService.Functions.Features.Deadlines.Policies.Editing;

/// <summary>
/// <c>/api/admin/deadline-policies/{organizationId}</c> (administrator): the organization's policy
/// versions, adding a new version (take one from GET, change its rules, give it a new
/// <c>version</c> and an <c>effectiveFrom</c> from today on), and withdrawing an added version
/// before it takes effect. Versions are never edited: appeals keep the version they were registered under.
/// </summary>
public static class PolicyAdminEndpoints
{
    public const string Base = "/admin/deadline-policies";

    /// <param name="Origin">shipped / added.</param>
    /// <param name="Current">The version new appeals get today.</param>
    public sealed record VersionView(string Version, DateOnly EffectiveFrom, string Origin, bool Current, bool Withdrawn, DateTimeOffset? AddedAt, string? AddedBy, DeadlinePolicy Policy);

    public sealed record VersionList(string OrganizationId, IReadOnlyList<VersionView> Versions);

    public static RouteGroupBuilder MapPolicyAdmin(this RouteGroupBuilder api)
    {
        var admin = api.MapGroup(Base).RequireAuthorization(StaffPolicies.Administrator);
        admin.MapGet("/{organizationId}", ListAsync).AsFunction("AdminDeadlinePoliciesList", FunctionAuthLevel.Anonymous);
        admin.MapPost("/{organizationId}", AddAsync).AsFunction("AdminDeadlinePoliciesAdd", FunctionAuthLevel.Anonymous);
        admin.MapDelete("/{organizationId}/{version}", WithdrawAsync).AsFunction("AdminDeadlinePoliciesWithdraw", FunctionAuthLevel.Anonymous);
        return api;
    }

    private static async Task<IResult> ListAsync(string organizationId, DeadlinePolicyStore store, ActivePolicies active, IWorkingCalendars calendars, TimeProvider time, CancellationToken cancellationToken)
    {
        if (OrganizationProfiles.Find(organizationId) is null || calendars.Find(organizationId) is not { } calendar) return NotFound();
        var today = calendar.LocalDate(time.GetUtcNow());
        var current = active.Catalog.Resolve(organizationId, null, today).Version;
        var added = (await store.ListAsync(cancellationToken)).Where(d => d.Value.Policy.OrganizationId == organizationId).ToDictionary(d => d.Value.Policy.Version);
        var shipped = ShippedPolicies.All.Where(p => p.OrganizationId == organizationId)
            .Select(p => new VersionView(p.Version, p.EffectiveFrom, "shipped", p.Version == current, false, null, null, p));
        var stored = added.Values.Select(d => new VersionView(d.Value.Policy.Version, d.Value.Policy.EffectiveFrom, "added", d.Value.Policy.Version == current && !d.Value.Withdrawn,
            d.Value.Withdrawn, d.ChangedAt, d.ChangedBy, d.Value.Policy));
        return TypedResults.Json(new VersionList(organizationId, [.. shipped.Concat(stored).OrderBy(v => v.EffectiveFrom).ThenBy(v => v.Version, StringComparer.Ordinal)]), DeadlineEndpoints.Json);
    }

    private static async Task<IResult> AddAsync(string organizationId, HttpContext context, DeadlinePolicyStore store, ActivePolicies active, IWorkingCalendars calendars, TimeProvider time, CancellationToken cancellationToken)
    {
        if (OrganizationProfiles.Find(organizationId) is not { } organization || calendars.Find(organizationId) is not { } calendar) return NotFound();
        var problems = new ValidationProblemBuilder();
        DeadlinePolicy? policy;
        try
        {
            // Read with the options GET /api/deadlines/policies writes with, so its output comes back as it went out.
            policy = await JsonSerializer.DeserializeAsync<DeadlinePolicy>(context.Request.Body, DeadlineEndpoints.Json, cancellationToken);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            var path = (e as JsonException)?.Path is { Length: > 2 } p ? p[2..] : "policy";
            return problems.Add(path, "Не удалось прочитать значение: ожидается формат GET /api/deadlines/policies (числа — числами, виды дней и условия — строками из списка).").ToResult();
        }
        if (DeadlinePolicyValidator.Validate(policy, organization, calendar.LocalDate(time.GetUtcNow()), problems) is not { } valid)
            return problems.ToResult("Версия политики не добавлена: исправьте поля, указанные ниже.");
        if (ShippedPolicies.All.Any(p => p.OrganizationId == organizationId && p.Version == valid.Version)) return VersionTaken(valid.Version);
        try
        {
            var saved = await store.AddAsync(valid, context.GetStaffUser()!.Id, cancellationToken);
            active.Accept(saved.Value);
            context.Response.Headers.Location = $"/api{Base}/{organizationId}";
            return TypedResults.Json(new VersionView(valid.Version, valid.EffectiveFrom, "added", false, false, saved.ChangedAt, saved.ChangedBy, valid), DeadlineEndpoints.Json, statusCode: StatusCodes.Status201Created);
        }
        catch (DocumentConflictException)
        {
            return VersionTaken(valid.Version);
        }
    }

    /// <summary>Only an added version not yet in effect: from its first day on, appeals may be registered under it.</summary>
    private static async Task<IResult> WithdrawAsync(string organizationId, string version, HttpContext context, DeadlinePolicyStore store, ActivePolicies active, IWorkingCalendars calendars, TimeProvider time, CancellationToken cancellationToken)
    {
        if (OrganizationProfiles.Find(organizationId) is null || calendars.Find(organizationId) is not { } calendar) return NotFound();
        if (!DeadlinePolicyValidator.IsVersion(version) || await store.GetAsync(organizationId, version, cancellationToken) is not { Value.Withdrawn: false } stored)
            return ShippedPolicies.All.Any(p => p.OrganizationId == organizationId && p.Version == version)
                ? Conflict("Поставляемую версию политики отозвать нельзя: добавьте новую версию.")
                : NotFound();
        if (stored.Value.Policy.EffectiveFrom <= calendar.LocalDate(time.GetUtcNow()))
            return Conflict($"Версия {version} действует с {stored.Value.Policy.EffectiveFrom:dd.MM.yyyy}: обращения уже могли быть зарегистрированы по ней. Добавьте новую версию.");
        try
        {
            var withdrawn = await store.WithdrawAsync(stored, context.GetStaffUser()!.Id, cancellationToken);
            active.Accept(withdrawn.Value);
            return TypedResults.Json(new VersionView(version, withdrawn.Value.Policy.EffectiveFrom, "added", false, true, withdrawn.ChangedAt, withdrawn.ChangedBy, withdrawn.Value.Policy), DeadlineEndpoints.Json);
        }
        catch (DocumentConflictException)
        {
            return Conflict("Версию изменили одновременно с вами: обновите список и повторите.");
        }
    }

    private static IResult VersionTaken(string version) =>
        Conflict($"Версия «{version}» уже есть: версии не изменяются (по ним зарегистрированы обращения) — укажите новую.");

    private static IResult Conflict(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Конфликт версий политики сроков.", detail: detail);

    private static IResult NotFound() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Не найдено.", detail: "Нет такой организации или версии политики сроков.");
}
