namespace CustomerService.Functions.Features.Appeals.Model;

/// <summary>Who the applicant is (SEED_REQUIREMENTS §2.3); decides the required fields (§2.4) and the registration code.</summary>
public enum ApplicantKind
{
    /// <summary>ФЛ.</summary>
    Individual,

    /// <summary>ГЛ: a group of persons (collective appeal).</summary>
    Group,

    /// <summary>ЮЛ.</summary>
    LegalEntity,

    /// <summary>ИП.</summary>
    SoleProprietor,

    /// <summary>ТСЖ, ЖСК, managing company and other utility-service providers.</summary>
    UtilityServiceProvider,
}
