using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Platform.Hosting.Catalogue;
using CustomerService.Functions.Platform.Security;

namespace CustomerService.Functions.Features.Appeals.Workflow;

/// <summary><c>POST /api/staff/appeals/{appealId}/answer/approval</c> (head of unit): approves the current draft version.</summary>
public static class ApproveAnswer
{
    public static WorkflowDecision Decide(AppealFile file)
    {
        if (WorkflowRules.Approve(file.Status) is { } refusal) return WorkflowDecision.Refuse(WorkflowProblems.InvalidTransition(refusal));
        var version = file.Appeal.GetInt64("DraftVersion") ?? 0;
        return new WorkflowChange("answerApproved", AppealStatus.AnswerApproved)
        {
            AppealUpdates = { ["ApprovedVersion"] = version },
            Details = { ["DraftVersion"] = version },
        };
    }

    public static RouteGroupBuilder MapApproveAnswer(this RouteGroupBuilder api)
    {
        api.MapPost("/staff/appeals/{appealId}/answer/approval", (string appealId, HttpContext context, AppealWorkflow workflow, CancellationToken cancellationToken) =>
                workflow.ExecuteAsync(context, appealId, (file, _, _) => Decide(file), cancellationToken))
            .RequireAuthorization(StaffPolicies.HeadOfUnit)
            .AsFunction("AppealApproveAnswer", FunctionAuthLevel.Anonymous);
        return api;
    }
}
