using CustomerService.Functions.Features.Appeals.Attachments;
using CustomerService.Functions.Features.Appeals.Intake;
using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Features.Appeals.Registration;
using CustomerService.Functions.Features.Appeals.Screening;
using CustomerService.Functions.Platform.Hosting.Catalogue;
using CustomerService.Functions.Platform.Security;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Appeals.Workflow;

/// <summary>
/// <c>GET /api/staff/appeals/{appealId}</c> (any staff role): the appeal card — the appeal row's
/// fields, its attachments, screening suggestions (recomputed from the stored text with the
/// organization's rules) and the full history, oldest first. The ETag header (also <c>etag</c>)
/// is what actions accept in <c>If-Match</c>.
/// </summary>
public static class AppealCard
{
    // Storage bookkeeping that means nothing to staff.
    private static readonly HashSet<string> Hidden = new(StringComparer.Ordinal) { "RequestHash", "Response", "Caller" };

    public sealed record Card(
        string AppealId, string Etag, string Status, IReadOnlyDictionary<string, object> Appeal, IReadOnlyList<string> Questions,
        IReadOnlyList<StoredAttachment> Attachments, IReadOnlyList<Suggestion> Screening, IReadOnlyList<HistoryEntry> History,
        IReadOnlyList<IReadOnlyDictionary<string, object>> Messages);

    public sealed record Suggestion(string Ground, string GroundName, string Confidence, string Reason, IReadOnlyList<string> Evidence, string RouteTo, string Rule);

    /// <param name="Details">Everything else the event recorded (classification, assignee, draft text, decision…).</param>
    public sealed record HistoryEntry(string Id, string Event, DateTimeOffset At, string Actor, string? ActorName, string Channel, IReadOnlyDictionary<string, object> Details);

    public static Card Build(AppealFile file, IReadOnlyList<StoredAttachment> attachments, OrganizationProfile profile) => new(
        file.AppealId, file.Appeal.ETag.ToString(), file.Appeal.GetString("Status")!,
        file.Appeal.Where(p => !Hidden.Contains(p.Key) && !p.Key.StartsWith("Question", StringComparison.Ordinal)).ToDictionary(p => Camel(p.Key), p => p.Value),
        file.Questions, attachments, Screen(file, profile), file.History.Select(History).ToList(),
        file.Messages.Select(m => (IReadOnlyDictionary<string, object>)m.ToDictionary(p => Camel(p.Key), p => p.Value)).ToList());

    private static HistoryEntry History(TableEntity e)
    {
        string[] known = ["Event", "At", "Actor", "ActorName", "Channel"];
        return new(e.RowKey, e.GetString("Event")!, e.GetDateTimeOffset("At")!.Value, e.GetString("Actor")!, e.GetString("ActorName"), e.GetString("Channel") ?? "",
            e.Where(p => !known.Contains(p.Key)).ToDictionary(p => Camel(p.Key), p => p.Value));
    }

    private static List<Suggestion> Screen(AppealFile file, OrganizationProfile profile)
    {
        var input = new ScreeningInput
        {
            OrganizationId = profile.Id, Questions = file.Questions, Applicant = file.Applicant, Kind = file.Kind, Channel = file.Channel,
            AllowedLanguages = profile.ReplyLanguages,
        };
        return AppealScreening.Screen(input).Select(s => new Suggestion(
            WireEnum<Model.NonConsiderationGround>.Name(s.Ground), GroundNames.Russian(s.Ground), s.Confidence.ToString(), s.Reason, s.Evidence,
            WireEnum<Screening.Rules.RouteTarget>.Name(s.RouteTo), s.Rule.Source)).ToList();
    }

    private static string Camel(string name) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name);

    public static RouteGroupBuilder MapAppealCard(this RouteGroupBuilder api)
    {
        api.MapGet("/staff/appeals/{appealId}", async (string appealId, HttpContext context, AppealWorkflow workflow, AppealAttachments attachments, OrganizationProfile profile, CancellationToken cancellationToken) =>
            {
                var file = await workflow.LoadAsync(appealId, cancellationToken);
                if (file is null) return WorkflowProblems.NotFound();
                var card = Build(file, await attachments.ListAsync(appealId, cancellationToken), profile);
                context.Response.Headers.ETag = card.Etag;
                return TypedResults.Json(card, AppealRegistrar.Json);
            })
            .RequireAuthorization(StaffPolicies.Staff)
            .AsFunction("AppealCard", FunctionAuthLevel.Anonymous);
        return api;
    }
}
