using CustomerService.Functions.Features.Appeals.Intake;
using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Features.Appeals.Registration;
using CustomerService.Functions.Features.Appeals.Screening;
using CustomerService.Functions.Features.Appeals.Screening.Decisions;
using CustomerService.Functions.Features.Appeals.Screening.Rules;
using CustomerService.Functions.Platform.Hosting.Catalogue;
using CustomerService.Functions.Platform.Http;
using CustomerService.Functions.Platform.Security;

namespace CustomerService.Functions.Features.Appeals.Workflow;

/// <summary>
/// <c>POST /api/staff/appeals/{appealId}/non-consideration</c> (operator): records a staff decision
/// not to consider the appeal on the merits (§5), checked by <see cref="NonConsiderationDecisionPolicy"/>
/// against the organization's rules (refusals are 422). The decision keeps the ground, who decided,
/// whether the applicant is notified (the notice goes to the outbox) and the route (security unit,
/// state bodies). The appeal stays registered, in status <c>notConsidered</c>.
/// </summary>
public static class DecideNonConsideration
{
    public sealed record Request(string? Ground, bool NotifyApplicant, string? RoutedTo, string? Comment, string? NoticeText);

    public static WorkflowDecision Decide(Request request, AppealFile file, StaffUser user, OrganizationProfile profile, DateTimeOffset now)
    {
        var problems = new ValidationProblemBuilder();
        var ground = WireEnum<NonConsiderationGround>.TryParse(request.Ground, out var g) ? g : (NonConsiderationGround?)null;
        problems.AddIf(ground is null, "ground", $"Укажите основание: {WireEnum<NonConsiderationGround>.AllowedList()}.");
        var route = request.RoutedTo is null ? RouteTarget.None : WireEnum<RouteTarget>.TryParse(request.RoutedTo, out var r) ? r : (RouteTarget?)null;
        problems.AddIf(route is null, "routedTo", $"Куда направлено обращение: {WireEnum<RouteTarget>.AllowedList()}.");
        if (problems.HasErrors) return WorkflowDecision.Refuse(problems.ToResult());
        if (WorkflowRules.DecideNonConsideration(file.Status) is { } refusal) return WorkflowDecision.Refuse(WorkflowProblems.InvalidTransition(refusal));

        var rules = OrganizationPolicies.For(profile.Id);
        var decision = new NonConsiderationDecision(ground!.Value, user.Id, now, request.NotifyApplicant, request.NotifyApplicant ? now : null, route!.Value, request.Comment?.Trim());
        var rule = rules.For(decision.Ground, file.Channel);
        var refusals = NonConsiderationDecisionPolicy.Validate(decision, rules, file.Channel).ToList();
        if (request.NotifyApplicant && rule.NoticeMustContain is { } mustContain && string.IsNullOrWhiteSpace(request.NoticeText))
            refusals.Add(new DecisionProblem("noticeText", $"Уведомление должно содержать: {mustContain}."));
        if (refusals.Count > 0) return WorkflowDecision.Refuse(Unprocessable(refusals));

        return Change(decision, rule, file, profile, request.NoticeText?.Trim());
    }

    private static WorkflowChange Change(NonConsiderationDecision decision, NonConsiderationRule rule, AppealFile file, OrganizationProfile profile, string? noticeText)
    {
        var groundName = WireEnum<NonConsiderationGround>.Name(decision.Ground);
        var change = new WorkflowChange("nonConsiderationDecided", AppealStatus.NotConsidered)
        {
            AppealUpdates =
            {
                ["NonConsiderationGround"] = groundName, ["NonConsiderationDecidedBy"] = decision.DecidedBy,
                ["NonConsiderationDecidedAt"] = decision.DecidedAt, ["NonConsiderationNotified"] = decision.NotifyApplicant,
                ["NonConsiderationRoutedTo"] = WireEnum<RouteTarget>.Name(decision.RoutedTo),
            },
            Details =
            {
                ["Ground"] = groundName, ["GroundName"] = GroundNames.Russian(decision.Ground), ["NotifyApplicant"] = decision.NotifyApplicant,
                ["RoutedTo"] = WireEnum<RouteTarget>.Name(decision.RoutedTo), ["Rule"] = rule.Source, ["Comment"] = decision.Comment ?? "",
            },
        };
        if (!decision.NotifyApplicant) return change;
        var text = ApplicantTexts.NonConsiderationNotice(file.Language, file.Applicant, file.RegistrationNumber, profile.FullName,
            GroundNames.Russian(decision.Ground), noticeText ?? "");
        var (channel, to) = Acknowledgement.Route(file.ReplyChannel, file.Applicant);
        return change with { Message = new ApplicantMessage("non-consideration", channel, to, file.Language, text.Subject, text.Body) };
    }

    private static IResult Unprocessable(IEnumerable<DecisionProblem> problems)
    {
        var errors = problems.GroupBy(p => p.Field).ToDictionary(group => group.Key, group => group.Select(p => p.Message).ToArray(), StringComparer.Ordinal);
        return Results.ValidationProblem(errors, statusCode: StatusCodes.Status422UnprocessableEntity, title: "Решение не соответствует правилам организации.");
    }

    public static RouteGroupBuilder MapDecideNonConsideration(this RouteGroupBuilder api)
    {
        api.MapPost("/staff/appeals/{appealId}/non-consideration", (string appealId, Request request, HttpContext context, AppealWorkflow workflow, OrganizationProfile profile, CancellationToken cancellationToken) =>
                workflow.ExecuteAsync(context, appealId, (file, user, now) => Decide(request, file, user, profile, now), cancellationToken))
            .RequireAuthorization(StaffPolicies.Operator)
            .AsFunction("AppealNonConsideration", FunctionAuthLevel.Anonymous);
        return api;
    }
}
