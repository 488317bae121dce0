using CustomerService.Functions.Features.Appeals.Model;
using static CustomerService.Functions.Features.Appeals.Organizations.ApplicantField;

namespace CustomerService.Functions.Features.Appeals.Organizations;

/// <summary>
/// The shipped profiles, one per source standard. Line numbers (Lnnn) are the seed files'
/// (../shared/seeds/00N_*.txt) as cited in SEED_REQUIREMENTS.md; §n are that file's sections.
/// </summary>
public static class OrganizationProfiles
{
    public const string DefaultId = OrganizationIds.MupesDivnogorsk;

    public static IReadOnlyList<OrganizationProfile> All { get; } = [MupesDivnogorsk(), Tatenergosbyt(), KrcPetrozavodsk(), Astanaenergosbyt()];

    /// <summary>The profile with this id, or null.</summary>
    public static OrganizationProfile? Find(string id) => All.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.Ordinal));

    private static OrganizationProfile MupesDivnogorsk() => new()
    {
        Id = OrganizationIds.MupesDivnogorsk,
        FullName = "Муниципальное унитарное предприятие электрических сетей г. Дивногорска", // 001 title
        ShortName = "МУПЭС г. Дивногорска",
        Jurisdiction = Jurisdiction.RU, // 001 lists 59-ФЗ (§4.2 "Legal basis")
        TimeZoneId = "Asia/Krasnoyarsk", // Divnogorsk, Krasnoyarsk Krai (UTC+7)
        // §2.2: in person Гл.2 §1; phone Гл.2 §2 п.1 (L260–299); answering machine Гл.2 §3 п.3 (L626);
        // post Гл.2 §2 п.2 (L301–357); e-mail (L624); web form Прил.2; complaint book Гл.2 §3 п.3 (L616).
        AcceptedChannels = new HashSet<Channel> { Channel.InPerson, Channel.Phone, Channel.Ivr, Channel.Post, Channel.Email, Channel.WebForm, Channel.ComplaintBook },
        ReplyLanguages = ["ru"], // 001 names no other language
        NumberFormat = new RegistrationNumberFormat.SequenceWithApplicantCode(), // L874–880
        Promises = new Dictionary<AppealKind, AnswerPromise>
        {
            [AppealKind.InformationRequest] = new(1, DayType.Working, "001 Прил.2 п.6 (L1063), D-001-42"),
            [AppealKind.ServiceRequest] = new(5, DayType.Working, "001 Прил.2 п.15 (L1087), D-001-45"),
            [AppealKind.Complaint] = new(14, DayType.Working, "001 Прил.2 п.22 (L1101), D-001-46"),
            // Claims, proposals and reviews go through the same «Обращения, жалобы» form (Прил.2 п.22).
            [AppealKind.Claim] = new(14, DayType.Working, "001 Прил.2 п.22 (L1101), D-001-46"),
            [AppealKind.Proposal] = new(14, DayType.Working, "001 Прил.2 п.22 (L1101), D-001-46"),
            [AppealKind.Review] = new(14, DayType.Working, "001 Прил.2 п.22 (L1101), D-001-46"),
        },
        RequiredFields = new Dictionary<ApplicantKind, IReadOnlySet<ApplicantField>>
        {
            [ApplicantKind.Individual] = Set(LastName, FirstName, PostalAddress), // journal Ст.3–4 (L884, L886)
            [ApplicantKind.Group] = Set(Members, PostalAddress), // Ст.3 «ФИО граждан», Ст.4 (L884, L886)
            [ApplicantKind.LegalEntity] = Set(OrganizationName, PostalAddress), // Ст.3–4 (L884, L886)
            [ApplicantKind.SoleProprietor] = Set(LastName, FirstName, PostalAddress), // ИП: L14; fields unspecified → as ФЛ
            [ApplicantKind.UtilityServiceProvider] = Set(OrganizationName, PostalAddress), // L14, L78; written as ЮЛ
        },
        BillingAccountMinDigits = 6, // not in the seed: assumption
        BillingAccountMaxDigits = 12,
        ConsentTextVersion = "mupes-2026-1",
    };

    private static OrganizationProfile Tatenergosbyt() => new()
    {
        Id = OrganizationIds.Tatenergosbyt,
        FullName = "Акционерное общество «Татэнергосбыт»", // 002 title
        ShortName = "АО «Татэнергосбыт»",
        Jurisdiction = Jurisdiction.RU, // ПП 442 / 354 (§4.2)
        TimeZoneId = "Europe/Moscow", // Kazan (UTC+3)
        // §2.2: in person §18–35; phone §53–58; IVR §51, §56; post §49, §68; e-mail §47а, §50; website §47з;
        // personal cabinet §69–74; mobile app §6, §47в; chat-bot §6 (L50), §47ж (L353); messenger §47г (L350).
        AcceptedChannels = new HashSet<Channel> { Channel.InPerson, Channel.Phone, Channel.Ivr, Channel.Post, Channel.Email, Channel.WebForm, Channel.CustomerPortal, Channel.MobileApp, Channel.ChatBot, Channel.Messenger },
        ReplyLanguages = ["ru", "tt"], // §27 (L269), §54, §77: Russian and Tatar
        NumberFormat = new RegistrationNumberFormat.YearAndSequence(),
        Promises = AllKinds(new AnswerPromise(30, DayType.Calendar, "002 §75 (L471), D-002-16; §68 (L426), D-002-13")),
        RequiredFields = new Dictionary<ApplicantKind, IReadOnlySet<ApplicantField>>
        {
            [ApplicantKind.Individual] = Set(LastName, FirstName, PostalAddress), // §77 (L477): name and residential address
            [ApplicantKind.Group] = Set(Members, PostalAddress), // §77 applied to each co-signatory's letter
            [ApplicantKind.LegalEntity] = Set(OrganizationName, PostalAddress), // §77 by analogy
            [ApplicantKind.SoleProprietor] = Set(LastName, FirstName, PostalAddress), // §81 «юридических лиц (ИП)»
            [ApplicantKind.UtilityServiceProvider] = Set(OrganizationName, PostalAddress),
        },
        BillingAccountMinDigits = 6, // not in the seed: assumption
        BillingAccountMaxDigits = 12,
        ConsentTextVersion = "tes-2026-1",
    };

    private static OrganizationProfile KrcPetrozavodsk() => new()
    {
        Id = OrganizationIds.KrcPetrozavodsk,
        FullName = "Общество с ограниченной ответственностью «КРЦ Петрозаводск»", // 003 title
        ShortName = "ООО «КРЦ Петрозаводск»",
        Jurisdiction = Jurisdiction.RU, // 59-ФЗ, ПП 354, 152-ФЗ §6.1 (L697)
        TimeZoneId = "Europe/Moscow", // Petrozavodsk (UTC+3)
        // §2.2: ЦЕО §5.1–5.4; phone §5.5.2, §5.6; IVR §5.6.6; post and e-mail §5.8; «Задать вопрос» §5.7.2; personal cabinet §5.5.1 (L356).
        AcceptedChannels = new HashSet<Channel> { Channel.InPerson, Channel.Phone, Channel.Ivr, Channel.Post, Channel.Email, Channel.WebForm, Channel.CustomerPortal },
        ReplyLanguages = ["ru"], // 003 names no other language
        NumberFormat = new RegistrationNumberFormat.YearAndSequence(), // web gives "an internal number" (L632), no format
        Promises = WithDefault(
            new AnswerPromise(30, DayType.Calendar, "003 §5.7.2 (L640), D-003-20; §6.1а (L705), D-003-29; day type unspecified → calendar"),
            (AppealKind.InformationRequest, new AnswerPromise(10, DayType.Calendar, "003 Table 6 rows 1–2 (L663–664), D-003-21/22"))),
        RequiredFields = new Dictionary<ApplicantKind, IReadOnlySet<ApplicantField>>
        {
            // §6.1 (L748): consideration depends on legible surname and postal address; web: the e-mail (L644).
            [ApplicantKind.Individual] = Set(LastName, FirstName, PostalAddress),
            [ApplicantKind.Group] = Set(Members, PostalAddress),
            [ApplicantKind.LegalEntity] = Set(OrganizationName, PostalAddress), // personal-data definition (L124)
            [ApplicantKind.SoleProprietor] = Set(LastName, FirstName, PostalAddress), // Заявитель (L86)
            [ApplicantKind.UtilityServiceProvider] = Set(OrganizationName, PostalAddress), // client definition (L94)
        },
        BillingAccountMinDigits = 6, // not in the seed: assumption
        BillingAccountMaxDigits = 12,
        ConsentTextVersion = "krc-2026-1", // consent notice on submission (L630)
    };

    private static OrganizationProfile Astanaenergosbyt() => new()
    {
        Id = OrganizationIds.Astanaenergosbyt,
        FullName = "Товарищество с ограниченной ответственностью «Астанаэнергосбыт»", // 004 title
        ShortName = "ТОО «Астанаэнергосбыт»",
        Jurisdiction = Jurisdiction.KZ, // L157, АППК РК No. 350-VI (L233)
        TimeZoneId = "Asia/Almaty", // Astana: the whole of Kazakhstan is UTC+5 since 2024-03-01 (tzdata 2024a)
        // §2.2: central office and СЦ (L7–35); contact centre (L109–133); IVR (L115); post (L87);
        // e-mail info@aesbyt.kz (L45); «Обратная связь» / «Интернет-приемная» (L137, L153); complaint book (L171).
        AcceptedChannels = new HashSet<Channel> { Channel.InPerson, Channel.Phone, Channel.Ivr, Channel.Post, Channel.Email, Channel.WebForm, Channel.ComplaintBook },
        // L147: the answer is in the language of the appeal; ru and kk are the state and official
        // languages; en is accepted because the rule names no closed list (our judgement).
        ReplyLanguages = ["ru", "kk", "en"],
        NumberFormat = new RegistrationNumberFormat.YearAndSequence(), // L181: number and date, no format
        Promises = AllKinds(new AnswerPromise(15, DayType.Working, "004 (L233), D-004-11")),
        RequiredFields = new Dictionary<ApplicantKind, IReadOnlySet<ApplicantField>>
        {
            [ApplicantKind.Individual] = Set(LastName, FirstName, PostalAddress, Phone, Email), // L175 (patronymic optional)
            [ApplicantKind.Group] = Set(Members, PostalAddress), // no rule in 004: as 001
            [ApplicantKind.LegalEntity] = Set(OrganizationName, Phone, Email, OutgoingNumber, OutgoingDate), // L177
            [ApplicantKind.SoleProprietor] = Set(LastName, FirstName, PostalAddress, Phone, Email), // as ФЛ (L175)
            [ApplicantKind.UtilityServiceProvider] = Set(OrganizationName, Phone, Email, OutgoingNumber, OutgoingDate), // as ЮЛ (L177)
        },
        // L195, L203: no personal documents may be demanded; an entry without surname or address is still considered.
        ChannelsWithoutRequiredFields = new HashSet<Channel> { Channel.ComplaintBook },
        BillingAccountMinDigits = 6, // not in the seed: assumption
        BillingAccountMaxDigits = 12,
        ConsentTextVersion = "aes-2026-1",
    };

    private static HashSet<ApplicantField> Set(params ApplicantField[] fields) => [.. fields];

    private static Dictionary<AppealKind, AnswerPromise> AllKinds(AnswerPromise promise) => WithDefault(promise);

    private static Dictionary<AppealKind, AnswerPromise> WithDefault(AnswerPromise promise, params (AppealKind Kind, AnswerPromise Promise)[] overrides)
    {
        var promises = Enum.GetValues<AppealKind>().ToDictionary(k => k, _ => promise);
        foreach (var (kind, special) in overrides) promises[kind] = special;
        return promises;
    }
}
