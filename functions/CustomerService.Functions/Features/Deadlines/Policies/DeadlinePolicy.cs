using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Features.Deadlines.Planning;

namespace CustomerService.Functions.Features.Deadlines.Policies;

/// <summary>
/// One version of an organization's deadline policy: ordered rules (the first that matches an
/// appeal applies) and the promises quoted in acknowledgements. Versions are immutable: an
/// appeal keeps the version it was registered under (<see cref="DeadlineFacts.PolicyVersion"/>).
/// </summary>
/// <param name="Version">Unique within the organization, e.g. <c>2026.1</c>.</param>
/// <param name="Source">The standard the rules come from.</param>
/// <param name="Promises">The answer time quoted in the acknowledgement, per appeal kind (the profile's, so the two cannot drift).</param>
public sealed record DeadlinePolicy(
    string OrganizationId,
    string Version,
    DateOnly EffectiveFrom,
    string Source,
    IReadOnlyList<DeadlineRule> Rules,
    IReadOnlyDictionary<AppealKind, AnswerPromise> Promises);

/// <summary>
/// A time limit of a standard as data (SEED_REQUIREMENTS §4.3). <see cref="Limit"/> is the
/// answer limit; <see cref="Target"/> an earlier tier where the standard has two (003: 7 then 30
/// days); <see cref="Cap"/> an overall maximum that extensions do not move (001: 21 days in all).
/// </summary>
public sealed record DeadlineRule
{
    /// <summary>The §4 row id, e.g. <c>D-004-11</c>.</summary>
    public required string Id { get; init; }

    /// <summary>What the limit is for, in Russian.</summary>
    public required string Title { get; init; }

    /// <summary>Seed file, section and line.</summary>
    public required string Citation { get; init; }

    /// <summary>Further §4 rows this rule reproduces (its stages, extension, registration limit).</summary>
    public IReadOnlyList<string> CoveredRows { get; init; } = [];

    public RuleMatch Match { get; init; } = new();
    public required TimeLimit Limit { get; init; }
    public TimeLimit? Target { get; init; }
    public TimeLimit? Cap { get; init; }

    /// <summary>How soon the appeal must be registered (002: 1 calendar day from receipt).</summary>
    public TimeLimit? Registration { get; init; }

    /// <summary>The day type the source text gives; <see cref="DayType.Unspecified"/> where it says only «дней» and the organization decided.</summary>
    public DayType SourceDayType { get; init; } = DayType.Unspecified;

    /// <summary>Move a limit ending on a non-working day to the next working day (ГК РФ ст. 193).</summary>
    public bool MoveOffNonWorkingDay { get; init; } = true;

    /// <summary>Reminders to the executor, in calendar days before the due date.</summary>
    public IReadOnlyList<int> RemindDaysBefore { get; init; } = [3, 1];

    public IReadOnlyList<EscalationStep> Escalation { get; init; } = EscalationStep.DefaultLadder;
    public ExtensionRule? Extension { get; init; }

    /// <summary>May the clock stop while waiting for the applicant? No seed grants it; an organization may.</summary>
    public bool PauseAllowed { get; init; }
}

/// <summary>Which appeals a rule applies to; a null set matches anything.</summary>
public sealed record RuleMatch(
    IReadOnlySet<AppealKind>? Kinds = null,
    IReadOnlySet<Channel>? Channels = null,
    IReadOnlySet<ApplicantKind>? ApplicantKinds = null,
    IReadOnlySet<ClassificationCode>? Classifications = null,
    DeadlineCondition Condition = DeadlineCondition.General)
{
    public bool Matches(DeadlineFacts facts) =>
        (Kinds is null || Kinds.Contains(facts.Kind))
        && (Channels is null || Channels.Contains(facts.Channel))
        && (ApplicantKinds is null || ApplicantKinds.Contains(facts.ApplicantKind))
        && (Classifications is null || (facts.Classification is { } c && Classifications.Contains(c)));
}

/// <param name="DayType">What is counted: calendar or working days (never unspecified in a policy).</param>
public sealed record TimeLimit(int Value, DayType DayType, ClockStart ClockStart, LimitUnit Unit = LimitUnit.Days);

public enum LimitUnit
{
    Days,
    Hours,
}

/// <summary>The event that starts the clock (SEED_REQUIREMENTS §0.4 item 3).</summary>
public enum ClockStart
{
    /// <summary>The applicant sent it (003 Table 6); falls back to receipt when not known.</summary>
    Sent,
    Received,
    Registered,
}

/// <param name="Role">The staff role escalated to.</param>
/// <param name="DaysFromDue">Calendar days relative to the due date: negative before it, 0 on it.</param>
public sealed record EscalationStep(string Role, int DaysFromDue)
{
    public const string HeadOfUnit = "head-of-unit";
    public const string Director = "director";

    /// <summary>Executor → head of unit the day before the due date → director/administrator on it (issue #4).</summary>
    public static IReadOnlyList<EscalationStep> DefaultLadder { get; } = [new(HeadOfUnit, -1), new(Director, 0)];
}

/// <summary>How a rule's limit may be extended.</summary>
/// <param name="RowId">The §4 row the extension comes from.</param>
/// <param name="MaxDays">Longest total extension; null where the source sets none (001 Прил.2 п.9: the specialist sets the date).</param>
/// <param name="MaxCount">How many extensions; null where the source sets none.</param>
/// <param name="Reasons">Allowed reason codes (<see cref="ExtensionReasons"/>).</param>
/// <param name="NoticeWithinDays">How soon the applicant must be told (004: 3 calendar days); null where the source sets no time.</param>
public sealed record ExtensionRule(
    string RowId,
    int? MaxDays,
    DayType DayType,
    int? MaxCount,
    IReadOnlyList<string> Reasons,
    bool NoticeRequired,
    int? NoticeWithinDays,
    DayType NoticeDayType,
    string Citation);

/// <summary>Reason codes for extensions, with their Russian names for explanations.</summary>
public static class ExtensionReasons
{
    public const string ThirdPartyRequest = "third-party-request";
    public const string FieldCheck = "field-check";
    public const string ComplexCase = "complex-case";
    public const string AdditionalStudy = "additional-study";
    public const string Exceptional = "exceptional";
    public const string SpecialistDate = "specialist-date";

    public static string Describe(string code) => code switch
    {
        ThirdPartyRequest => "запрос в стороннюю организацию",
        FieldCheck => "выездная проверка",
        ComplexCase => "сложный случай, требуется анализ",
        AdditionalStudy => "дополнительное изучение или проверка",
        Exceptional => "исключительный случай",
        SpecialistDate => "новый срок, назначенный специалистом",
        _ => code,
    };
}
