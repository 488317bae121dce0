using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Features.Appeals.Registration;
using CustomerService.Functions.Platform.Hosting.Catalogue;
using CustomerService.Functions.Platform.Security;

namespace CustomerService.Functions.Features.Appeals.Workflow;

/// <summary>
/// <c>POST /api/staff/appeals/{appealId}/answer/sending</c> (head of unit): puts the approved answer
/// in the outbox on the applicant's preferred channel, in their language (§9.4–9.5).
/// </summary>
public static class SendAnswer
{
    public static WorkflowDecision Decide(AppealFile file, OrganizationProfile profile, DateTimeOffset now)
    {
        if (WorkflowRules.Send(file.Status) is { } refusal) return WorkflowDecision.Refuse(WorkflowProblems.InvalidTransition(refusal));
        var registeredAt = file.Appeal.GetDateTimeOffset("RegisteredAt")!.Value;
        var registeredOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(registeredAt, profile.TimeZone).DateTime);
        var executor = new ApplicantTexts.Executor(
            file.Appeal.GetString("DraftedByName")!, file.Appeal.GetString("ExecutorPhone")!, file.Appeal.GetString("ExecutorEmail")!);
        var text = ApplicantTexts.Answer(file.Language, file.Applicant, file.RegistrationNumber, registeredOn, profile.FullName, file.Appeal.GetString("AnswerDraft")!, executor);
        var (channel, to) = Acknowledgement.Route(file.ReplyChannel, file.Applicant);
        return new WorkflowChange("answerSent", AppealStatus.AnswerSent)
        {
            AppealUpdates = { ["AnswerSentAt"] = now, ["AnswerSubject"] = text.Subject, ["AnswerBody"] = text.Body },
            Details = { ["DraftVersion"] = file.Appeal.GetInt64("DraftVersion") ?? 0, ["To"] = to ?? "" },
            Message = new ApplicantMessage("answer", channel, to, file.Language, text.Subject, text.Body),
        };
    }

    public static RouteGroupBuilder MapSendAnswer(this RouteGroupBuilder api)
    {
        api.MapPost("/staff/appeals/{appealId}/answer/sending", (string appealId, HttpContext context, AppealWorkflow workflow, OrganizationProfile profile, CancellationToken cancellationToken) =>
                workflow.ExecuteAsync(context, appealId, (file, _, now) => Decide(file, profile, now), cancellationToken))
            .RequireAuthorization(StaffPolicies.HeadOfUnit)
            .AsFunction("AppealSendAnswer", FunctionAuthLevel.Anonymous);
        return api;
    }
}
