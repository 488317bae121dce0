using CustomerService.Functions.Features.Appeals.Intake;
using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Platform.Hosting.Catalogue;
using CustomerService.Functions.Platform.Http;
using CustomerService.Functions.Platform.Security;

namespace CustomerService.Functions.Features.Appeals.Workflow;

/// <summary>
/// <c>POST /api/staff/appeals/{appealId}/answer/draft</c> (the assigned executor): the answer text
/// and the executor's contacts the letter must carry (§9.5). A new draft replaces the previous one
/// on the card and voids an approval; every draft stays in the history.
/// </summary>
public static class DraftAnswer
{
    private const int MaxLength = 20_000;

    public sealed record Request(string? Text, string? ExecutorPhone, string? ExecutorEmail);

    public static WorkflowDecision Decide(Request request, AppealFile file, StaffUser user)
    {
        var text = request.Text?.Trim();
        var problems = new ValidationProblemBuilder()
            .AddIf(string.IsNullOrEmpty(text) || text.Length > MaxLength, "text", $"Введите текст ответа (не более {MaxLength} символов).")
            .AddIf(ContactFormats.NormalizePhone(request.ExecutorPhone ?? "") is null, "executorPhone", "Укажите телефон исполнителя, например +7 913 123-45-67.")
            .AddIf(!ContactFormats.IsEmail(request.ExecutorEmail?.Trim() ?? ""), "executorEmail", "Укажите e-mail исполнителя.");
        if (problems.HasErrors) return WorkflowDecision.Refuse(problems.ToResult());
        if (WorkflowRules.Draft(file.Status, file.AssigneeId, file.Appeal.GetString("AssigneeName"), user.Id) is { } refusal)
            return WorkflowDecision.Refuse(WorkflowProblems.InvalidTransition(refusal));

        var version = (file.Appeal.GetInt64("DraftVersion") ?? 0) + 1;
        var phone = ContactFormats.NormalizePhone(request.ExecutorPhone ?? "")!;
        return new WorkflowChange("answerDrafted", AppealStatus.AnswerDrafted)
        {
            AppealUpdates =
            {
                ["AnswerDraft"] = text!, ["DraftVersion"] = version, ["DraftedBy"] = user.Id, ["DraftedByName"] = user.DisplayName,
                ["ExecutorPhone"] = phone, ["ExecutorEmail"] = request.ExecutorEmail!.Trim(), ["ApprovedVersion"] = 0L,
            },
            Details = { ["AnswerDraft"] = text!, ["DraftVersion"] = version },
        };
    }

    public static RouteGroupBuilder MapDraftAnswer(this RouteGroupBuilder api)
    {
        api.MapPost("/staff/appeals/{appealId}/answer/draft", (string appealId, Request request, HttpContext context, AppealWorkflow workflow, CancellationToken cancellationToken) =>
                workflow.ExecuteAsync(context, appealId, (file, user, _) => Decide(request, file, user), cancellationToken))
            .RequireAuthorization(StaffPolicies.Executor)
            .AsFunction("AppealDraftAnswer", FunctionAuthLevel.Anonymous);
        return api;
    }
}
