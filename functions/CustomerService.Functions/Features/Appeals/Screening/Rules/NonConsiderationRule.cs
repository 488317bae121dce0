using CustomerService.Functions.Features.Appeals.Model;

namespace CustomerService.Functions.Features.Appeals.Screening.Rules;

/// <summary>Whether the organization must apply a ground once it is established, or only may (SEED_REQUIREMENTS §5 «MAY»).</summary>
public enum Discretion
{
    /// <summary>«не рассматривается», «действия не производятся»: the text leaves no choice.</summary>
    Mandatory,

    /// <summary>«вправе»: staff may decline, and may equally answer on the merits.</summary>
    Discretionary,
}

/// <summary>What the applicant is told when the ground is applied.</summary>
public enum ApplicantNotice
{
    /// <summary>NC+N: not considered, the applicant is notified.</summary>
    Required,

    /// <summary>NC−N: not considered and no answer is given («ответ не дается»).</summary>
    NoAnswer,

    /// <summary>R: registered, no answer (002's anonymous appeals).</summary>
    RegisteredNotAnswered,

    /// <summary>Required when the applicant's surname and postal address are readable, otherwise no answer (003's illegible text).</summary>
    RequiredWhenContactsReadable,

    /// <summary>The text says the appeal is not considered but not whether the applicant is told: staff choose.</summary>
    StaffChoice,
}

/// <summary>Where an appeal goes besides the non-consideration decision (SEED_REQUIREMENTS §9.6).</summary>
public enum RouteTarget
{
    None,

    /// <summary>Подразделение безопасности / the security officer: threats to staff.</summary>
    SecurityUnit,

    /// <summary>Государственные органы: anonymous reports of crimes or threats to state or public security (004).</summary>
    StateBodies,
}

/// <summary>When <see cref="NonConsiderationRule.RouteTo"/> applies.</summary>
public enum RouteCondition
{
    Always,

    /// <summary>Only when the appeal reports a crime being prepared or committed, or a threat to state or public security.</summary>
    CrimeOrStateSecurityReport,
}

/// <summary>How days are counted; the texts often say only «дней» (SEED_REQUIREMENTS §0.4 item 2).</summary>
/// <summary>A time limit for notifying the applicant, counted from registration. Data for the deadline engine (issue #4).</summary>
public sealed record NoticeDeadline(int Days, DayType DayType);

/// <summary>
/// How one organization treats one non-consideration ground on one channel. <see cref="Source"/>
/// cites the seed line from SEED_REQUIREMENTS §5 so the value can be checked against the text.
/// </summary>
public sealed record NonConsiderationRule
{
    public required NonConsiderationGround Ground { get; init; }

    /// <summary>False: the organization's standard does not name this ground (§5 «—»); staff must not use it.</summary>
    public required bool Applies { get; init; }

    public Discretion Discretion { get; init; } = Discretion.Mandatory;

    public ApplicantNotice Notice { get; init; } = ApplicantNotice.StaffChoice;

    public RouteTarget RouteTo { get; init; } = RouteTarget.None;

    public RouteCondition RouteCondition { get; init; } = RouteCondition.Always;

    public NoticeDeadline? NoticeDeadline { get; init; }

    /// <summary>What the notice must contain (Russian, shown to staff), e.g. the competent organization's contacts.</summary>
    public string? NoticeMustContain { get; init; }

    /// <summary>Seed file, paragraph and line, e.g. «003 §6.1а (L742)».</summary>
    public required string Source { get; init; }

    public static NonConsiderationRule NotApplicable(NonConsiderationGround ground, string source) =>
        new() { Ground = ground, Applies = false, Source = source };
}
