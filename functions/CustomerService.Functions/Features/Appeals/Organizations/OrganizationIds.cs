namespace CustomerService.Functions.Features.Appeals.Organizations;

/// <summary>Identifiers of the organizations whose standards are the seeds (SEED_REQUIREMENTS §0.1).</summary>
public static class OrganizationIds
{
    /// <summary>001: МУПЭС г. Дивногорска.</summary>
    public const string MupesDivnogorsk = "mupes-divnogorsk";

    /// <summary>002: АО «Татэнергосбыт».</summary>
    public const string Tatenergosbyt = "tatenergosbyt";

    /// <summary>003: ООО «КРЦ Петрозаводск».</summary>
    public const string KrcPetrozavodsk = "krc-petrozavodsk";

    /// <summary>004: ТОО «Астанаэнергосбыт».</summary>
    public const string Astanaenergosbyt = "astanaenergosbyt";
}
