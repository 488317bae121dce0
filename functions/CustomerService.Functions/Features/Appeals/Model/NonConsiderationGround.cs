namespace CustomerService.Functions.Features.Appeals.Model;

/// <summary>
/// Grounds on which an appeal is registered but not considered on the merits
/// (SEED_REQUIREMENTS §5). Screening only suggests; staff decide; each organization's profile
/// says whether the ground applies and whether the applicant is notified.
/// </summary>
public enum NonConsiderationGround
{
    Anonymous,
    ObsceneLanguage,
    Threats,
    RepeatedQuestion,
    NoContactData,
    Illegible,
    EssenceUndeterminable,
    TradeSecret,
    SpamAdvertisingCharity,
    CallsToBreakLaw,
    CourtMatter,
    OutOfCompetence,
    UnsupportedLanguage,
}
