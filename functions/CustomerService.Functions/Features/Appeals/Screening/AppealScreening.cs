using CustomerService.Functions.Features.Appeals.Screening.Checks;
using CustomerService.Functions.Features.Appeals.Screening.Rules;
using CustomerService.Functions.Features.Appeals.Screening.Text;

namespace CustomerService.Functions.Features.Appeals.Screening;

/// <summary>
/// Automatic screening of an appeal for non-consideration grounds (SEED_REQUIREMENTS §5). It only
/// suggests: staff confirm or dismiss each suggestion with a <see cref="Decisions.NonConsiderationDecision"/>.
/// Pure: no I/O, no clock. Out-of-competence is never suggested (it needs knowledge of who else is
/// competent); staff raise it themselves.
/// </summary>
public static class AppealScreening
{
    private static readonly Func<ScreeningText, ScreeningInput, IEnumerable<Finding>>[] Checks =
    [
        ApplicantCheck.Run,
        ObscenityCheck.Run,
        ThreatCheck.Run,
        SpamCheck.Run,
        CallsToBreakLawCheck.Patterns.Run,
        CourtMatterCheck.Patterns.Run,
        TradeSecretCheck.Patterns.Run,
        LegibilityCheck.Run,
        LanguageCheck.Run,
        RepeatedQuestionCheck.Run,
    ];

    /// <summary>Screens with the shipped policy of <see cref="ScreeningInput.OrganizationId"/>.</summary>
    /// <exception cref="ArgumentException">No policy for the organization.</exception>
    public static IReadOnlyList<ScreeningSuggestion> Screen(ScreeningInput input) =>
        Screen(input, OrganizationPolicies.For(input.OrganizationId));

    /// <summary>
    /// Screens with the given policy. Grounds the policy does not allow on the appeal's channel are not
    /// suggested; suggestions come strongest first.
    /// </summary>
    public static IReadOnlyList<ScreeningSuggestion> Screen(ScreeningInput input, NonConsiderationRules rules)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = new ScreeningText(input.Questions);
        return Checks
            .SelectMany(check => check(text, input))
            .Select(finding => (finding, rule: rules.For(finding.Ground, input.Channel)))
            .Where(pair => pair.rule.Applies)
            .Select(pair => Suggest(pair.finding, pair.rule))
            .OrderByDescending(suggestion => suggestion.Confidence)
            .ToList();
    }

    private static ScreeningSuggestion Suggest(Finding finding, NonConsiderationRule rule) =>
        new(finding.Ground, finding.Confidence, finding.Reason, finding.Evidence, RouteFor(finding, rule), rule);

    // The rule's route holds always or only for a crime report; a finding's own route counts only where the rule allows it.
    private static RouteTarget RouteFor(Finding finding, NonConsiderationRule rule) => rule.RouteCondition switch
    {
        RouteCondition.Always => rule.RouteTo,
        RouteCondition.CrimeOrStateSecurityReport when finding.RouteTo == rule.RouteTo => rule.RouteTo,
        _ => RouteTarget.None,
    };
}
