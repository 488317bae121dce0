namespace CustomerService.Functions.Features.Deadlines.Planning;

/// <summary>
/// An appeal's computed deadlines: the answer due date, an optional second-tier hard limit
/// (003: 7 then 30 days), and the milestones the timer engine acts on, ordered by time.
/// </summary>
/// <param name="PolicyVersion">The version the plan was computed under (stored on the appeal).</param>
/// <param name="RuleId">The policy rule that applied, e.g. <c>D-004-11</c>.</param>
/// <param name="Due">When the answer is due (the target tier where there are two).</param>
/// <param name="HardLimit">The maximum where the rule has two tiers; otherwise <c>null</c>.</param>
/// <param name="ExtensionNoticeDueBy">When the applicant must have been told of the latest extension, where the profile requires a notice.</param>
/// <param name="RegistrationDueBy">When the appeal must have been registered, where the rule sets a registration limit (002: 1 calendar day).</param>
public sealed record DeadlinePlan(
    string PolicyVersion,
    string RuleId,
    DateTimeOffset ClockStart,
    DateTimeOffset Due,
    DateTimeOffset? HardLimit,
    DateTimeOffset? ExtensionNoticeDueBy,
    IReadOnlyList<DeadlineMilestone> Milestones,
    DeadlineExplanation Explanation,
    DateTimeOffset? RegistrationDueBy = null);

/// <param name="Id">Stable within a plan (e.g. <c>remind-1</c>, <c>escalate-head-of-unit</c>, <c>breach</c>): timers carry it.</param>
/// <param name="EscalateTo">For <see cref="MilestoneAction.Escalate"/>: the staff role of the ladder's step.</param>
public sealed record DeadlineMilestone(string Id, DateTimeOffset At, MilestoneAction Action, string? EscalateTo = null);

public enum MilestoneAction
{
    /// <summary>Remind the executor that the due date is near.</summary>
    RemindExecutor,

    /// <summary>Escalate one step up the ladder (executor → head of unit → director/administrator).</summary>
    Escalate,

    /// <summary>Mark the deadline breached (the answer was not sent in time).</summary>
    MarkBreached,

    /// <summary>Tell the applicant (e.g. the answer is delayed), through the outbox.</summary>
    NotifyApplicant,
}

/// <summary>
/// Why a deadline is what it is, in Russian for staff: the rule and its source, the clock
/// start, each day counted, the non-working days skipped, the move off a non-working last day
/// (Civil Code of the RF, art. 193), extensions and pauses applied.
/// </summary>
/// <param name="Notes">Anything else staff should know, e.g. a year counted without a production calendar, or a day type the source leaves open.</param>
public sealed record DeadlineExplanation(
    string Rule,
    string Source,
    string ClockStart,
    int DaysCounted,
    string DayType,
    IReadOnlyList<DateOnly> NonWorkingDaysSkipped,
    string? MovedOffNonWorkingDay,
    IReadOnlyList<string> ExtensionsApplied,
    IReadOnlyList<string> PausesApplied,
    IReadOnlyList<string>? Notes = null);
