namespace CustomerService.Functions.Features.Deadlines.Planning;

/// <summary>
/// Circumstances for which a standard sets a limit of its own (SEED_REQUIREMENTS §4.1). Staff
/// set it on the appeal; a policy without a rule for it uses its general rule.
/// </summary>
public enum DeadlineCondition
{
    General,

    /// <summary>Information from other bodies or a site check is needed (002 §68 D-002-14; 004 L233 D-004-12).</summary>
    NeedsThirdPartyOrInspection,

    /// <summary>The question is outside the organization's competence (003 §6.1б D-003-30).</summary>
    OutOfCompetence,

    /// <summary>The appeal disputes a court decision (003 §6.1в D-003-31).</summary>
    CourtDecision,

    /// <summary>A written complaint about the quality of a communal service (003 §6.1г D-003-32).</summary>
    CommunalServiceQuality,
}
