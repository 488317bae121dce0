using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Features.Appeals.Registration;
using CustomerService.Functions.Features.Appeals.Workflow;
using CustomerService.Functions.Features.Deadlines.Planning;
using CustomerService.Functions.Features.Deadlines.Policies;
using CustomerService.Functions.Features.Deadlines.Timers;
using CustomerService.Functions.Features.Informing.Notices;
using CustomerService.Functions.Features.Informing.Scenarios;
using CustomerService.Functions.Features.Informing.Scenarios.Shipped;
using CustomerService.Functions.Platform.Hosting.Catalogue;
using CustomerService.Functions.Platform.Http;
using CustomerService.Functions.Platform.Security;

namespace CustomerService.Functions.Features.Deadlines.Extensions;

/// <summary>
/// <c>POST /api/staff/appeals/{appealId}/extensions</c> (head of unit): extends the answer deadline
/// with a reason. The profile's limits (length, count, reasons) are the planner's
/// <see cref="IDeadlinePlanner.CheckExtension"/>: a refusal is 422 with its Russian messages. An
/// allowed extension is one workflow step — the <c>deadlineExtended</c> history event (what the
/// planner reads back) and, where the profile requires telling the applicant, the notice in the
/// same transaction, so it goes to the outbox at once (inside any window) and is recorded on the
/// event. The workflow's hook then re-plans: a new deadline version and new timers.
/// </summary>
public static class ExtendDeadline
{
    public const string FunctionName = "DeadlineExtend";
    private const int MaxReasonLength = 200;

    public sealed record Request(string? Reason, int? Days);

    public static WorkflowDecision Decide(Request request, AppealFile file, DeadlineRecord? deadline, IDeadlinePlanner planner, OrganizationProfile profile, ApplicantNotices notices, DateTimeOffset now)
    {
        var reason = request.Reason?.Trim();
        var problems = new ValidationProblemBuilder()
            .AddIf(string.IsNullOrEmpty(reason) || reason.Length > MaxReasonLength, "reason", $"Укажите причину продления (код причины, не более {MaxReasonLength} символов).")
            .AddIf(request.Days is not (>= 1 and <= 365), "days", "Укажите срок продления в днях (от 1 до 365).");
        if (problems.HasErrors) return WorkflowDecision.Refuse(problems.ToResult());
        if (file.Status is AppealStatus.AnswerSent or AppealStatus.Closed or AppealStatus.NotConsidered)
            return WorkflowDecision.Refuse(WorkflowProblems.InvalidTransition("Ответ уже дан: срок продлевать не нужно."));

        var check = planner.CheckExtension(DeadlineFactsReader.Read(file, deadline?.PolicyVersion), request.Days!.Value, reason!, now);
        if (!check.Allowed || check.Plan is not { } plan) return WorkflowDecision.Refuse(Refused(check));

        var notice = plan.ExtensionNoticeDueBy is null ? null : Notice(file, plan.Due, reason!, profile, notices, now);
        var change = new WorkflowChange(DeadlineFactsReader.ExtendedEvent, null)
        {
            Details = { ["Days"] = (long)request.Days.Value, ["Reason"] = reason!, ["NewDue"] = plan.Due },
            Message = notice,
        };
        if (deadline is not null) change.Details["PreviousDue"] = deadline.Due;
        if (plan.ExtensionNoticeDueBy is { } noticeBy) (change.Details["NoticeDueBy"], change.Details["NoticeSentAt"]) = (noticeBy, now);
        return change;
    }

    /// <summary>The <c>extensionNotice</c> scenario in the applicant's language: the new date and the reason in words.</summary>
    public static ApplicantMessage Notice(AppealFile file, DateTimeOffset due, string reason, OrganizationProfile profile, ApplicantNotices notices, DateTimeOffset now)
    {
        var (channel, to) = Acknowledgement.Route(file.ReplyChannel, file.Applicant);
        var values = ApplicantNoticeValues.For(file.Applicant, file.Language, file.RegistrationNumber, profile.ShortName);
        values[Placeholders.Deadline] = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(due, profile.TimeZone).DateTime);
        values[Placeholders.ExtensionReason] = ExtensionReasons.Describe(reason);
        var text = notices.Render(AppealScenarios.ExtensionNotice, file.Language, channel, values);
        return new ApplicantMessage($"extension-{now.UtcTicks}", channel, to, text.Language, text.Subject, text.Body);
    }

    private static IResult Refused(ExtensionCheck check) =>
        TypedResults.Problem(new HttpValidationProblemDetails(check.Problems.ToDictionary(p => p.Key, p => new[] { p.Value }, StringComparer.Ordinal))
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = "Продление не допускается правилами организации.",
        });

    public static RouteGroupBuilder MapExtendDeadline(this RouteGroupBuilder api)
    {
        api.MapPost("/staff/appeals/{appealId}/extensions", async (string appealId, Request request, HttpContext context, AppealWorkflow workflow,
                DeadlineStore store, OrganizationProfile profile, ApplicantNotices notices, CancellationToken cancellationToken) =>
            {
                if (context.RequestServices.GetService<IDeadlinePlanner>() is not { } planner)
                    return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Правила сроков не подключены.");
                var deadline = AppealIds.IsValid(appealId) ? await store.ReadDeadlineAsync(appealId, cancellationToken) : null;
                return await workflow.ExecuteAsync(context, appealId, (file, _, now) => Decide(request, file, deadline, planner, profile, notices, now), cancellationToken);
            })
            .RequireAuthorization(StaffPolicies.HeadOfUnit)
            .AsFunction(FunctionName, FunctionAuthLevel.Anonymous);
        return api;
    }
}
