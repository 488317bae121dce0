using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Platform.Hosting.Catalogue;
using CustomerService.Functions.Platform.Http;
using CustomerService.Functions.Platform.Security;

namespace CustomerService.Functions.Features.Appeals.Workflow;

/// <summary>
/// <c>POST /api/staff/appeals/{appealId}/assignment</c> (operator): assign or reassign the
/// executor (staff id, name for Ст.7) and the unit. A reassignment after a draft sends the appeal
/// back to <c>assigned</c>: the new executor prepares their own draft.
/// </summary>
public static class AssignAppeal
{
    public sealed record Request(string? ExecutorId, string? ExecutorName, string? Unit);

    public static WorkflowDecision Decide(Request request, AppealFile file, DateTimeOffset now)
    {
        var problems = new ValidationProblemBuilder()
            .AddIf(string.IsNullOrWhiteSpace(request.ExecutorId), "executorId", "Укажите исполнителя (идентификатор сотрудника).")
            .AddIf(string.IsNullOrWhiteSpace(request.ExecutorName), "executorName", "Укажите ФИО и должность исполнителя (графа Ст.7 журнала).")
            .AddIf(string.IsNullOrWhiteSpace(request.Unit), "unit", "Укажите подразделение.");
        if (problems.HasErrors) return WorkflowDecision.Refuse(problems.ToResult());
        if (WorkflowRules.Assign(file.Status, file.Appeal.GetString("Classification") is not null) is { } refusal)
            return WorkflowDecision.Refuse(WorkflowProblems.InvalidTransition(refusal));

        var reassigned = file.AssigneeId is not null;
        return new WorkflowChange(reassigned ? "reassigned" : "assigned", AppealStatus.Assigned)
        {
            AppealUpdates = { ["AssigneeId"] = request.ExecutorId!.Trim(), ["AssigneeName"] = request.ExecutorName!.Trim(), ["Unit"] = request.Unit!.Trim(), ["AssignedAt"] = now },
            Details =
            {
                ["AssigneeId"] = request.ExecutorId.Trim(), ["AssigneeName"] = request.ExecutorName.Trim(), ["Unit"] = request.Unit.Trim(),
                ["PreviousAssigneeId"] = file.AssigneeId ?? "",
            },
        };
    }

    public static RouteGroupBuilder MapAssignAppeal(this RouteGroupBuilder api)
    {
        api.MapPost("/staff/appeals/{appealId}/assignment", (string appealId, Request request, HttpContext context, AppealWorkflow workflow, CancellationToken cancellationToken) =>
                workflow.ExecuteAsync(context, appealId, (file, _, now) => Decide(request, file, now), cancellationToken))
            .RequireAuthorization(StaffPolicies.Operator)
            .AsFunction("AppealAssign", FunctionAuthLevel.Anonymous);
        return api;
    }
}
