using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Features.Appeals.Registration;
using CustomerService.Functions.Features.Informing.Notices;
using CustomerService.Functions.Features.Informing.Scenarios;
using CustomerService.Functions.Features.Informing.Scenarios.Shipped;
using CustomerService.Functions.Platform.Hosting.Catalogue;
using CustomerService.Functions.Platform.Http;
using CustomerService.Functions.Platform.Security;

namespace CustomerService.Functions.Features.Appeals.Workflow;

/// <summary>
/// <c>POST /api/staff/appeals/{appealId}/information-requests</c> (operator): asks the applicant
/// for more information (§3.4 item 1, §7.3 step 5) through their reply channel in their language;
/// the appeal waits in <c>awaitingApplicant</c> until staff assign or draft again. The letter is the
/// <c>informationRequest</c> scenario; it names the date to answer by (<c>provideBy</c>, by default
/// <see cref="DefaultDays"/> calendar days on — no standard sets one).
/// </summary>
public static class RequestInformation
{
    private const int MaxLength = 2000;
    public const int DefaultDays = 14;
    private const int MaxDays = 90;

    /// <param name="ProvideBy">The local date the applicant is asked to answer by.</param>
    public sealed record Request(string? Question, DateOnly? ProvideBy = null);

    public static WorkflowDecision Decide(Request request, AppealFile file, OrganizationProfile profile, ApplicantNotices notices, DateTimeOffset now)
    {
        var question = request.Question?.Trim();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, profile.TimeZone).DateTime);
        var provideBy = request.ProvideBy ?? today.AddDays(DefaultDays);
        var problems = new ValidationProblemBuilder()
            .AddIf(string.IsNullOrEmpty(question) || question.Length > MaxLength, "question", $"Опишите, какая информация нужна (не более {MaxLength} символов).")
            .AddIf(provideBy <= today || provideBy > today.AddDays(MaxDays), "provideBy", $"Срок представления сведений — дата после сегодняшней, не далее {MaxDays} дней (ГГГГ-ММ-ДД).");
        if (problems.HasErrors) return WorkflowDecision.Refuse(problems.ToResult());
        if (WorkflowRules.RequestInformation(file.Status) is { } refusal) return WorkflowDecision.Refuse(WorkflowProblems.InvalidTransition(refusal));

        var (channel, to) = Acknowledgement.Route(file.ReplyChannel, file.Applicant);
        var values = ApplicantNoticeValues.For(file.Applicant, file.Language, file.RegistrationNumber, profile.ShortName);
        values[Placeholders.MissingInformation] = question!;
        values[Placeholders.Deadline] = provideBy;
        var text = notices.Render(AppealScenarios.InformationRequest, file.Language, channel, values);
        return new WorkflowChange("informationRequested", AppealStatus.AwaitingApplicant)
        {
            Details = { ["Question"] = question!, ["ProvideBy"] = provideBy.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) },
            Message = new ApplicantMessage($"information-request-{now.UtcTicks}", channel, to, text.Language, text.Subject, text.Body),
        };
    }

    public static RouteGroupBuilder MapRequestInformation(this RouteGroupBuilder api)
    {
        api.MapPost("/staff/appeals/{appealId}/information-requests", (string appealId, Request request, HttpContext context, AppealWorkflow workflow, OrganizationProfile profile,
                ApplicantNotices notices, CancellationToken cancellationToken) =>
                workflow.ExecuteAsync(context, appealId, (file, _, now) => Decide(request, file, profile, notices, now), cancellationToken))
            .RequireAuthorization(StaffPolicies.Operator)
            .AsFunction("AppealRequestInformation", FunctionAuthLevel.Anonymous);
        return api;
    }
}
