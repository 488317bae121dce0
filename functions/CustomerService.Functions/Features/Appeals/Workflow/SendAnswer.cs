using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Features.Appeals.Registration;
using CustomerService.Functions.Features.Informing.Notices;
using CustomerService.Functions.Features.Informing.Scenarios;
using CustomerService.Functions.Features.Informing.Scenarios.Shipped;
using CustomerService.Functions.Platform.Hosting.Catalogue;
using CustomerService.Functions.Platform.Security;

namespace CustomerService.Functions.Features.Appeals.Workflow;

/// <summary>
/// <c>POST /api/staff/appeals/{appealId}/answer/sending</c> (head of unit): puts the approved answer
/// in the outbox on the applicant's preferred channel, in their language (§9.4–9.5). An answer that
/// goes by post or to the personal account also gets the <c>answerSent</c> notice by e-mail or SMS
/// when the applicant gave either, so they know to look for it.
/// </summary>
public static class SendAnswer
{
    public static WorkflowDecision Decide(AppealFile file, OrganizationProfile profile, ApplicantNotices notices, DateTimeOffset now)
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
            Notice = channel is "post" or "customerPortal" ? Notice(file, profile, notices) : null,
        };
    }

    /// <summary>The <c>answerSent</c> notice by e-mail, else SMS; none when the applicant gave neither.</summary>
    private static ApplicantMessage? Notice(AppealFile file, OrganizationProfile profile, ApplicantNotices notices)
    {
        var (channel, to) = file.Applicant.Email is { } email ? ("email", email) : file.Applicant.Phone is { } phone ? ("sms", phone) : (null, null);
        if (channel is null) return null;
        var values = ApplicantNoticeValues.For(file.Applicant, file.Language, file.RegistrationNumber, profile.ShortName);
        values[Placeholders.StatusLink] = AppealWorkflow.StatusPath(file.Appeal);
        var text = notices.Render(AppealScenarios.AnswerSent, file.Language, channel, values);
        return new ApplicantMessage("answer-sent-notice", channel, to, text.Language, text.Subject, text.Body);
    }

    public static RouteGroupBuilder MapSendAnswer(this RouteGroupBuilder api)
    {
        api.MapPost("/staff/appeals/{appealId}/answer/sending", (string appealId, HttpContext context, AppealWorkflow workflow, OrganizationProfile profile,
                ApplicantNotices notices, CancellationToken cancellationToken) =>
                workflow.ExecuteAsync(context, appealId, (file, _, now) => Decide(file, profile, notices, now), cancellationToken))
            .RequireAuthorization(StaffPolicies.HeadOfUnit)
            .AsFunction("AppealSendAnswer", FunctionAuthLevel.Anonymous);
        return api;
    }
}
