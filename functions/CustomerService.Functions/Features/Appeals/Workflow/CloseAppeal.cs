using CustomerService.Functions.Features.Appeals.Intake;
using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Platform.Hosting.Catalogue;
using CustomerService.Functions.Platform.Http;
using CustomerService.Functions.Platform.Security;

namespace CustomerService.Functions.Features.Appeals.Workflow;

/// <summary>How a complaint was resolved (003 §6.1 L729–738).</summary>
public enum Outcome
{
    Justified,
    NotJustified,
    PartlyJustified,
}

/// <summary>
/// <c>POST /api/staff/appeals/{appealId}/closing</c> (head of unit), after the answer is sent.
/// Complaints and claims need an outcome; a justified (or partly justified) one needs corrective
/// measures with a planned date, a not (or partly) justified one a reasoned refusal (001 L918, 003 L737, 004 L223).
/// </summary>
public static class CloseAppeal
{
    public sealed record Request(string? Outcome, IReadOnlyList<string>? CorrectiveMeasures, DateOnly? PlannedDate, string? RefusalReason, string? Notes);

    public static WorkflowDecision Decide(Request request, AppealFile file, OrganizationProfile profile, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, profile.TimeZone).DateTime);
        var problems = Validate(request, file.Kind, today, out var outcome);
        if (problems.HasErrors) return WorkflowDecision.Refuse(problems.ToResult());
        if (WorkflowRules.Close(file.Status) is { } refusal) return WorkflowDecision.Refuse(WorkflowProblems.InvalidTransition(refusal));

        var change = new WorkflowChange("closed", AppealStatus.Closed) { AppealUpdates = { ["ClosedAt"] = now } };
        Record(change, "Outcome", outcome is { } o ? WireEnum<Outcome>.Name(o) : null);
        Record(change, "CorrectiveMeasures", request.CorrectiveMeasures is { Count: > 0 } m ? string.Join("\n", m.Select(x => x.Trim())) : null);
        Record(change, "CorrectiveMeasuresPlannedDate", request.PlannedDate is { } d ? AppealWorkflow.Date(d) : null);
        Record(change, "RefusalReason", request.RefusalReason?.Trim());
        Record(change, "Notes", request.Notes?.Trim());
        return change;
    }

    /// <summary>The outcome rules; pure.</summary>
    public static ValidationProblemBuilder Validate(Request request, AppealKind kind, DateOnly today, out Outcome? outcome)
    {
        var problems = new ValidationProblemBuilder();
        outcome = WireEnum<Outcome>.TryParse(request.Outcome, out var parsed) ? parsed : null;
        var needsOutcome = kind is AppealKind.Complaint or AppealKind.Claim;
        if (request.Outcome is not null && outcome is null || needsOutcome && outcome is null)
            problems.Add("outcome", $"Укажите результат рассмотрения: {WireEnum<Outcome>.AllowedList()}.");
        if (outcome is Outcome.Justified or Outcome.PartlyJustified && needsOutcome)
        {
            problems.AddIf(request.CorrectiveMeasures is not { Count: > 0 } || request.CorrectiveMeasures.Any(string.IsNullOrWhiteSpace),
                "correctiveMeasures", "Для обоснованной жалобы укажите корректирующие меры.");
            problems.AddIf(request.PlannedDate is null, "plannedDate", "Укажите плановую дату выполнения корректирующих мер.");
            problems.AddIf(request.PlannedDate is { } date && date < today, "plannedDate", "Плановая дата корректирующих мер не может быть в прошлом.");
        }
        if (outcome is Outcome.NotJustified or Outcome.PartlyJustified)
            problems.AddIf(string.IsNullOrWhiteSpace(request.RefusalReason), "refusalReason", "Для необоснованной жалобы укажите мотивированный отказ.");
        return problems;
    }

    private static void Record(WorkflowChange change, string name, string? value)
    {
        if (string.IsNullOrEmpty(value)) return;
        change.AppealUpdates[name] = value;
        change.Details[name] = value;
    }

    public static RouteGroupBuilder MapCloseAppeal(this RouteGroupBuilder api)
    {
        api.MapPost("/staff/appeals/{appealId}/closing", (string appealId, Request request, HttpContext context, AppealWorkflow workflow, OrganizationProfile profile, CancellationToken cancellationToken) =>
                workflow.ExecuteAsync(context, appealId, (file, _, now) => Decide(request, file, profile, now), cancellationToken))
            .RequireAuthorization(StaffPolicies.HeadOfUnit)
            .AsFunction("AppealClose", FunctionAuthLevel.Anonymous);
        return api;
    }
}
