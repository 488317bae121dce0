using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Features.Deadlines.Calendars;
using CustomerService.Functions.Features.Deadlines.Planning;

namespace CustomerService.Functions.Features.Deadlines.Policies;

/// <summary>
/// Pure <see cref="IDeadlinePlanner"/>: picks the rule of the appeal's policy version and counts
/// it on the organization's calendar (<see cref="PlanComputation"/>). No I/O, no clock: the same
/// facts always give the same plan. The calendars may change between calls (administrators load a
/// year, <see cref="Calendars.Editing.ActiveCalendars"/>); each call reads them once.
/// </summary>
public sealed class DeadlinePlanner(IDeadlinePolicies policyVersions, IWorkingCalendars calendars) : IDeadlinePlanner
{
    public DeadlinePlanner(DeadlinePolicyCatalog policies, IReadOnlyDictionary<string, WorkingCalendar> calendars)
        : this(new FixedPolicies(policies), new FixedCalendars(calendars))
    {
    }

    /// <summary>The shipped policies (001–004) on the shipped calendars.</summary>
    public static DeadlinePlanner Shipped() => WithCalendars(new FixedCalendars(OrganizationProfiles.All.ToDictionary(p => p.Id, ShippedCalendars.For)));

    /// <summary>The shipped policies on the given calendars.</summary>
    public static DeadlinePlanner WithCalendars(IWorkingCalendars calendars) => new(new FixedPolicies(new DeadlinePolicyCatalog(ShippedPolicies.All)), calendars);

    /// <summary>Every version in force now; read once per call, since administrators may add versions meanwhile.</summary>
    public DeadlinePolicyCatalog Policies => policyVersions.Catalog;

    public WorkingCalendar CalendarOf(string organizationId) => calendars.Find(organizationId)
        ?? throw new DeadlinePolicyException($"Для организации «{organizationId}» нет календаря рабочих дней.");

    public DeadlinePlan Plan(DeadlineFacts facts)
    {
        var calendar = CalendarOf(facts.OrganizationId);
        var policy = Policies.Resolve(facts.OrganizationId, facts.PolicyVersion, calendar.LocalDate(facts.RegisteredAt));
        return new PlanComputation(policy, RuleFor(policy, facts), calendar, facts).Compute();
    }

    /// <summary>The first rule for the facts' condition; without one, the first general rule.</summary>
    public static DeadlineRule RuleFor(DeadlinePolicy policy, DeadlineFacts facts) =>
        policy.Rules.FirstOrDefault(r => r.Match.Condition == facts.Condition && r.Match.Matches(facts))
        ?? policy.Rules.FirstOrDefault(r => r.Match.Condition == DeadlineCondition.General && r.Match.Matches(facts))
        ?? throw new DeadlinePolicyException($"Ни одно правило политики {policy.OrganizationId} {policy.Version} не подходит к обращению ({facts.Kind}, {facts.Channel}, {facts.ApplicantKind}).");

    public ExtensionCheck CheckExtension(DeadlineFacts facts, int days, string reason, DateTimeOffset requestedAt)
    {
        var calendar = CalendarOf(facts.OrganizationId);
        var policy = Policies.Resolve(facts.OrganizationId, facts.PolicyVersion, calendar.LocalDate(facts.RegisteredAt));
        var rule = RuleFor(policy, facts);
        var problems = ExtensionProblems(rule, facts.Extensions, days, reason);
        if (problems.Count > 0) return new ExtensionCheck(false, null, problems);
        var extended = facts with { PolicyVersion = policy.Version, Extensions = [.. facts.Extensions, new GrantedExtension(days, reason, requestedAt, "")] };
        return new ExtensionCheck(true, Plan(extended), problems);
    }

    private static Dictionary<string, string> ExtensionProblems(DeadlineRule rule, IReadOnlyList<GrantedExtension> granted, int days, string reason)
    {
        var problems = new Dictionary<string, string>();
        if (rule.Extension is not { } extension)
        {
            problems["extension"] = $"Правило {rule.Id} не предусматривает продления срока.";
            return problems;
        }
        if (extension.MaxCount is { } maxCount && granted.Count >= maxCount)
            problems["extension"] = $"Срок уже продлевался ({granted.Count}); правило {extension.RowId} допускает не более {maxCount}.";
        var already = granted.Sum(g => g.Days);
        if (days <= 0) problems["days"] = "Срок продления должен быть положительным числом дней.";
        else if (extension.MaxDays is { } max && already + days > max)
            problems["days"] = $"Продление возможно не более чем на {RussianDays.Count(max, extension.DayType)}" + (already > 0 ? $" в сумме (уже продлено на {already})." : ".");
        if (!extension.Reasons.Contains(reason))
            problems["reason"] = $"Причина «{reason}» не допускается правилом {extension.RowId}; допустимы: {string.Join(", ", extension.Reasons)}.";
        return problems;
    }
}
