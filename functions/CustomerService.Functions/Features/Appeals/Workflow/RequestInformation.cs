using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Features.Appeals.Registration;
using CustomerService.Functions.Platform.Hosting.Catalogue;
using CustomerService.Functions.Platform.Http;
using CustomerService.Functions.Platform.Security;

namespace CustomerService.Functions.Features.Appeals.Workflow;

/// <summary>
/// <c>POST /api/staff/appeals/{appealId}/information-requests</c> (operator): asks the applicant
/// for more information (§3.4 item 1, §7.3 step 5) through their reply channel in their language;
/// the appeal waits in <c>awaitingApplicant</c> until staff assign or draft again.
/// </summary>
public static class RequestInformation
{
    private const int MaxLength = 2000;

    public sealed record Request(string? Question);

    public static WorkflowDecision Decide(Request request, AppealFile file, OrganizationProfile profile, DateTimeOffset now)
    {
        var question = request.Question?.Trim();
        if (string.IsNullOrEmpty(question) || question.Length > MaxLength)
            return WorkflowDecision.Refuse(WorkflowProblems.Invalid("question", $"Опишите, какая информация нужна (не более {MaxLength} символов)."));
        if (WorkflowRules.RequestInformation(file.Status) is { } refusal) return WorkflowDecision.Refuse(WorkflowProblems.InvalidTransition(refusal));

        var text = ApplicantTexts.InformationRequest(file.Language, file.Applicant, file.RegistrationNumber, profile.FullName, question);
        var (channel, to) = Acknowledgement.Route(file.ReplyChannel, file.Applicant);
        return new WorkflowChange("informationRequested", AppealStatus.AwaitingApplicant)
        {
            Details = { ["Question"] = question },
            Message = new ApplicantMessage($"information-request-{now.UtcTicks}", channel, to, file.Language, text.Subject, text.Body),
        };
    }

    public static RouteGroupBuilder MapRequestInformation(this RouteGroupBuilder api)
    {
        api.MapPost("/staff/appeals/{appealId}/information-requests", (string appealId, Request request, HttpContext context, AppealWorkflow workflow, OrganizationProfile profile, CancellationToken cancellationToken) =>
                workflow.ExecuteAsync(context, appealId, (file, _, now) => Decide(request, file, profile, now), cancellationToken))
            .RequireAuthorization(StaffPolicies.Operator)
            .AsFunction("AppealRequestInformation", FunctionAuthLevel.Anonymous);
        return api;
    }
}
