using System.Text.Json;
using Azure;
using CustomerService.Functions.Features.Informing.Campaigns.Execution;
using CustomerService.Functions.Features.Informing.Campaigns.Planning;
using CustomerService.Functions.Features.Informing.Campaigns.Reports;
using CustomerService.Functions.Features.Informing.Campaigns.Store;
using CustomerService.Functions.Platform.Hosting.Catalogue;
using CustomerService.Functions.Platform.Security;

namespace CustomerService.Functions.Features.Informing.Campaigns.Api;

/// <summary>
/// <c>/api/informing/campaigns</c>: create (checked before anything is stored), read with live
/// progress, and the status actions — approval, start, pause, resume, cancel — each guarded by
/// <c>If-Match</c> (412 when stale) and by <see cref="CampaignTransitions"/> (409 otherwise).
/// </summary>
public static class CampaignEndpoints
{
    public const string Route = "/informing/campaigns";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static RouteGroupBuilder MapCampaignEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost(Route, CreateAsync).RequireAuthorization(CampaignPolicies.Manage).AsFunction("CampaignCreate", FunctionAuthLevel.Anonymous);
        api.MapGet(Route + "/{id}", GetAsync).RequireAuthorization(StaffPolicies.Staff).AsFunction("CampaignGet", FunctionAuthLevel.Anonymous);
        api.MapGet(Route + "/{id}/report", ReportAsync).RequireAuthorization(StaffPolicies.Staff).AsFunction("CampaignReport", FunctionAuthLevel.Anonymous);
        Action(api, "approval", "CampaignApprove", CampaignStatus.Approved, null, CampaignPolicies.Approve);
        Action(api, "start", "CampaignStart", CampaignStatus.Running, CampaignStatus.Approved, CampaignPolicies.Manage);
        Action(api, "pause", "CampaignPause", CampaignStatus.Paused, null, CampaignPolicies.Manage);
        Action(api, "resume", "CampaignResume", CampaignStatus.Running, CampaignStatus.Paused, CampaignPolicies.Manage);
        Action(api, "cancel", "CampaignCancel", CampaignStatus.Cancelled, null, CampaignPolicies.Manage);
        return api;
    }

    private static async Task<IResult> CreateAsync(CreateCampaignRequest request, HttpContext context, CampaignRequestValidator validator, CampaignStore store, CancellationToken cancellationToken)
    {
        var (definition, problems) = await validator.ValidateAsync(request, cancellationToken);
        if (definition is null) return problems.ToResult();
        var row = await store.CreateAsync(definition, Actor(context), cancellationToken);
        context.Response.Headers.ETag = row.ETag.ToString();
        return TypedResults.Json(CampaignView.From(row, null), Json, statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> GetAsync(string id, HttpContext context, CampaignStore store, CampaignTables tables, CampaignCompletion completion, CancellationToken cancellationToken)
    {
        var row = await store.GetAsync(id, cancellationToken);
        if (row is null) return CampaignProblems.NotFound();
        var progress = await CampaignProgress.ReadAsync(tables, row, cancellationToken);
        row = await completion.CompleteIfFinishedAsync(row, progress, cancellationToken);
        context.Response.Headers.ETag = row.ETag.ToString();
        return TypedResults.Json(CampaignView.From(row, progress), Json);
    }

    /// <summary>The final report: progress as JSON, or one CSV line per recipient with <c>?format=csv</c>.</summary>
    private static async Task<IResult> ReportAsync(string id, string? format, CampaignStore store, CampaignTables tables, CampaignCompletion completion, CancellationToken cancellationToken)
    {
        var row = await store.GetAsync(id, cancellationToken);
        if (row is null) return CampaignProblems.NotFound();
        var progress = await CampaignProgress.ReadAsync(tables, row, cancellationToken);
        row = await completion.CompleteIfFinishedAsync(row, progress, cancellationToken);
        if (format is null or "json") return TypedResults.Json(CampaignView.From(row, progress), Json);
        if (format != "csv") return CampaignProblems.BadFormat();
        var zone = TimeZoneInfo.FindSystemTimeZoneById(row.GetString("TimeZone")!);
        var csv = await CampaignReportCsv.WriteAsync(tables, id, zone, cancellationToken);
        return TypedResults.File(csv, CampaignReportCsv.ContentType, $"campaign-{id}.csv");
    }

    private static void Action(RouteGroupBuilder api, string action, string function, CampaignStatus to, CampaignStatus? from, Microsoft.AspNetCore.Authorization.AuthorizationPolicy policy) =>
        api.MapPost($"{Route}/{{id}}/{action}", (string id, HttpContext context, CampaignStore store, CampaignStarter starter, TimeProvider time, CancellationToken cancellationToken) =>
                MoveAsync(id, action, to, from, context, store, starter, time, cancellationToken))
            .RequireAuthorization(policy)
            .AsFunction(function, FunctionAuthLevel.Anonymous);

    private static async Task<IResult> MoveAsync(string id, string action, CampaignStatus to, CampaignStatus? from, HttpContext context, CampaignStore store, CampaignStarter starter, TimeProvider time, CancellationToken cancellationToken)
    {
        var stamp = Stamp(action, Actor(context), time.GetUtcNow());
        var move = await store.MoveAsync(id, to, from, IfMatch(context), stamp, cancellationToken);
        if (move is not CampaignMove.Moved moved) return CampaignProblems.For(move, to);
        if (action == "start") await starter.StartAsync(id, cancellationToken);
        context.Response.Headers.ETag = moved.Row.ETag.ToString();
        return TypedResults.Json(CampaignView.From(moved.Row, null), Json);
    }

    /// <summary>Who moved the campaign, and when: AI-13 asks who approved what.</summary>
    private static Dictionary<string, object> Stamp(string action, string actor, DateTimeOffset now) => action switch
    {
        "approval" => new() { ["ApprovedBy"] = actor, ["ApprovedAt"] = now },
        "start" => new() { ["StartedBy"] = actor, ["StartedAt"] = now },
        "pause" => new() { ["PausedBy"] = actor, ["PausedAt"] = now },
        "resume" => new() { ["ResumedBy"] = actor, ["ResumedAt"] = now },
        _ => new() { ["CancelledBy"] = actor, ["CancelledAt"] = now },
    };

    private static string Actor(HttpContext context) => context.GetStaffUser() is { } user ? "staff:" + user.Id : "unknown";

    private static ETag? IfMatch(HttpContext context) =>
        context.Request.Headers.IfMatch.ToString() is { Length: > 0 } value ? new ETag(value) : null;
}
