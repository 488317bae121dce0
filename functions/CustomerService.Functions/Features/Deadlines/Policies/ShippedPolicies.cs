using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Features.Deadlines.Planning;
using static CustomerService.Functions.Features.Deadlines.Policies.ClockStart;
using static CustomerService.Functions.Features.Deadlines.Policies.ExtensionReasons;

namespace CustomerService.Functions.Features.Deadlines.Policies;

/// <summary>
/// The four source standards' deadline rules (SEED_REQUIREMENTS §4.1 rows that apply to
/// appeals), version <c>2026.1</c>. Rules are ordered: the first that matches applies. Where a
/// text says only «дней» (<see cref="DeadlineRule.SourceDayType"/> unspecified) we count calendar
/// days, as the profiles' promises already do; the explanation says it is the organization's choice.
/// Rows not reproduced (call-centre seconds, queues, surveys, grid-connection steps, 003 Table 6
/// self-service rows 4–8) are not appeal answer limits; docs/deadlines.md lists them.
/// </summary>
public static class ShippedPolicies
{
    public const string Version = "2026.1";

    public static IReadOnlyList<DeadlinePolicy> All { get; } =
        [.. OrganizationProfiles.All.Select(p => new DeadlinePolicy(p.Id, Version, new DateOnly(2025, 1, 1), SourceOf(p.Id), RulesOf(p.Id), p.Promises))];

    private static string SourceOf(string id) => id switch
    {
        OrganizationIds.MupesDivnogorsk => "001_ab8c9c5e272e073f.txt: стандарт МУПЭС г. Дивногорска (59-ФЗ)",
        OrganizationIds.Tatenergosbyt => "002_0c0f932e501fdafb.txt: стандарт качества обслуживания АО «Татэнергосбыт»",
        OrganizationIds.KrcPetrozavodsk => "003_1fb4a12ec42f673d.txt: стандарт качества обслуживания ООО «КРЦ Петрозаводск»",
        _ => "004_d033fb055b1f42d0.txt: порядок работы с потребителями ТОО «Астанаэнергосбыт» (АППК РК № 350-VI)",
    };

    private static IReadOnlyList<DeadlineRule> RulesOf(string id) => id switch
    {
        OrganizationIds.MupesDivnogorsk => Mupes(),
        OrganizationIds.Tatenergosbyt => Tatenergosbyt(),
        OrganizationIds.KrcPetrozavodsk => Krc(),
        _ => Astana(),
    };

    private static TimeLimit Cd(int days, ClockStart start) => new(days, DayType.Calendar, start);

    private static TimeLimit Wd(int days, ClockStart start) => new(days, DayType.Working, start);

    private static HashSet<T> Set<T>(params T[] values) => [.. values];

    // A property, not a field: All above is initialized first.
    private static HashSet<Channel> Web => Set(Channel.WebForm, Channel.CustomerPortal);

    private static IReadOnlyList<DeadlineRule> Mupes() =>
    [
        new()
        {
            Id = "D-001-16", Title = "Ответ специалиста на жалобу, поступившую по электронной почте", Citation = "001 Гл.2 §2 п.4 (L595)",
            Match = new(Kinds: Set(AppealKind.Complaint), Channels: Set(Channel.Email)), Limit = Cd(20, Received),
        },
        new()
        {
            Id = "D-001-46", Title = "Жалоба или обращение через форму «Обращения, жалобы»: срок, обещанный автоответом", Citation = "001 Прил.2 п.22, п.26 (L1101, L1109)",
            Match = new(Kinds: Set(AppealKind.Complaint, AppealKind.Claim, AppealKind.Proposal, AppealKind.Review), Channels: Web),
            Limit = Wd(14, Received), SourceDayType = DayType.Working,
        },
        new()
        {
            Id = "D-001-42", Title = "Вопрос через интернет-приёмную: ответ в течение 1 рабочего дня (автоответ)", Citation = "001 Прил.2 п.6, п.8, п.9 (L1063, L1073, L1075)",
            CoveredRows = ["D-001-43", "D-001-44"], Match = new(Kinds: Set(AppealKind.InformationRequest), Channels: Web),
            Limit = Wd(1, Received), Target = Wd(0, Received), SourceDayType = DayType.Working, RemindDaysBefore = [],
            Extension = new("D-001-44", null, DayType.Working, null, [SpecialistDate], NoticeRequired: true, null, DayType.Calendar, "001 Прил.2 п.9 (L1075)"),
        },
        new()
        {
            Id = "D-001-45", Title = "Заявка на услугу через интернет-приёмную: рассмотрение в течение 5 рабочих дней", Citation = "001 Прил.2 п.15, п.19 (L1087, L1095)",
            Match = new(Kinds: Set(AppealKind.ServiceRequest), Channels: Web), Limit = Wd(5, Received), SourceDayType = DayType.Working, RemindDaysBefore = [1],
        },
        new()
        {
            Id = "D-001-41", Title = "Жалоба: проект ответа в течение 10 рабочих дней, рассмотрение не более 21 дня", Citation = "001 Гл.3 §3 п.2.2–2.3 (L911–917), Ст.8 (L902)",
            CoveredRows = ["D-001-40"], Match = new(Kinds: Set(AppealKind.Complaint)), Limit = Wd(10, Received), Cap = Cd(21, Received), SourceDayType = DayType.Working,
            Extension = new("D-001-41", 10, DayType.Working, 1, [ThirdPartyRequest, ComplexCase], NoticeRequired: false, null, DayType.Calendar, "001 Гл.3 §3 п.2.2 «Б», п.2.3 (L913, L915): «срок может быть продлен до 20 дней»"),
        },
        new()
        {
            Id = "D-001-08", Title = "Письменное (почтовое) обращение: рассмотрение оператором 10 дней, всего не более 21 дня", Citation = "001 Гл.2 §2 п.2 п.4, таблица (L323–345)",
            CoveredRows = ["D-001-07", "D-001-09", "D-001-10", "D-001-11", "D-001-12"], Match = new(Channels: Set(Channel.Post)),
            Registration = Cd(1, Received), Limit = Cd(10, Registered), Cap = Cd(21, Received),
            Extension = new("D-001-09", 10, DayType.Calendar, 1, [ComplexCase, ThirdPartyRequest], NoticeRequired: false, null, DayType.Calendar, "001 таблица (L332–333)"),
        },
        new()
        {
            Id = "D-001-15", Title = "Ответ специалиста на вопрос (обращение) по электронной почте", Citation = "001 Гл.2 §2 п.4 (L589–593)",
            Match = new(Channels: Set(Channel.Email)), Limit = Cd(5, Received), RemindDaysBefore = [1],
        },
        new()
        {
            Id = "D-001-17", Title = "Меры по активной обратной связи (устно, письменно, книга жалоб, телефон, почта, портал, e-mail)", Citation = "001 Гл.2 §3 п.7, таблица (L633–668)",
            Limit = Cd(14, Received),
        },
    ];

    private static IReadOnlyList<DeadlineRule> Tatenergosbyt()
    {
        var notice = new ExtensionRule("D-002-16", 30, DayType.Calendar, 1, [Exceptional, ThirdPartyRequest], NoticeRequired: true, null, DayType.Calendar, "002 §75 (L471)");
        return
        [
            new()
            {
                Id = "D-002-14", Title = "Ответ, требующий выездной проверки и (или) запроса в стороннюю организацию", Citation = "002 §68, таблица (L427)",
                Match = new(Condition: DeadlineCondition.NeedsThirdPartyOrInspection), Registration = Cd(1, Received), Limit = Cd(30, Registered), SourceDayType = DayType.Calendar,
                Extension = new("D-002-14", 30, DayType.Calendar, 1, [ThirdPartyRequest], NoticeRequired: true, null, DayType.Calendar, "002 §68 (L427)"),
            },
            new()
            {
                Id = "D-002-16", Title = "Ответ на обращение через интернет-сервисы: не позднее 30 календарных дней с даты регистрации", Citation = "002 §75 (L471), §73 (L467)",
                Match = new(Channels: Set(Channel.WebForm, Channel.CustomerPortal, Channel.MobileApp, Channel.ChatBot, Channel.Messenger, Channel.Email)),
                Registration = Cd(1, Received), Limit = Cd(30, Registered), SourceDayType = DayType.Calendar, Extension = notice,
            },
            new()
            {
                Id = "D-002-13", Title = "Письменное обращение: регистрация не более 1 календарного дня, ответ не более 30 календарных дней", Citation = "002 §68, таблица (L424–426)",
                CoveredRows = ["D-002-11", "D-002-12"], Registration = Cd(1, Received), Limit = Cd(30, Registered), SourceDayType = DayType.Calendar, Extension = notice,
            },
        ];
    }

    private static IReadOnlyList<DeadlineRule> Krc() =>
    [
        new()
        {
            Id = "D-003-30", Title = "Вопрос вне компетенции: сообщить клиенту и дать контакты компетентных организаций", Citation = "003 §6.1б (L707)",
            Match = new(Condition: DeadlineCondition.OutOfCompetence), Limit = Wd(5, Registered), SourceDayType = DayType.Working, RemindDaysBefore = [1],
        },
        new()
        {
            Id = "D-003-31", Title = "Обжалование судебного решения: возврат обращения с разъяснением порядка обжалования", Citation = "003 §6.1в (L709)",
            Match = new(Condition: DeadlineCondition.CourtDecision), Limit = Cd(7, Registered), RemindDaysBefore = [1],
        },
        new()
        {
            Id = "D-003-32", Title = "Жалоба на качество коммунальной услуги: письменный ответ (удовлетворено / отказ с обоснованием)", Citation = "003 §6.1г (L711)",
            Match = new(Condition: DeadlineCondition.CommunalServiceQuality), Limit = Wd(3, Received), SourceDayType = DayType.Working, RemindDaysBefore = [1],
        },
        new()
        {
            Id = "D-003-21", Title = "Электронная форма: запрос информации или консультация — в течение 10 дней со дня отправки", Citation = "003 §5.7.3 Таблица 6 строки 1–2 (L663–664), §6.1д (L713)",
            CoveredRows = ["D-003-22", "D-003-33"], Match = new(Kinds: Set(AppealKind.InformationRequest), Channels: Web), Limit = Cd(10, Sent),
        },
        new()
        {
            Id = "D-003-23", Title = "Электронная форма: жалоба — 30 дней со дня отправки", Citation = "003 §5.7.3 Таблица 6 строка 3 (L665)",
            Match = new(Kinds: Set(AppealKind.Complaint), Channels: Web), Limit = Cd(30, Sent),
        },
        new()
        {
            Id = "D-003-20", Title = "Вопрос через сайт («Задать вопрос»): ответ по существу не более 30 дней с момента получения", Citation = "003 §5.7.2 (L640)",
            Match = new(Channels: Web), Limit = Cd(30, Received),
        },
        new()
        {
            Id = "D-003-35", Title = "Телефонная жалоба, требующая анализа: электронный документ регистрируется, ответ не более 30 дней", Citation = "003 §6.1е–ж (L715–717)",
            CoveredRows = ["D-003-34"], Match = new(Channels: Set(Channel.Phone, Channel.Ivr)), Limit = Cd(30, Registered),
        },
        new()
        {
            Id = "D-003-36", Title = "Устное обращение в ЦЕО, оформленное письменно: ответ не более 30 дней с регистрации", Citation = "003 §6.1з (L719)",
            Match = new(Channels: Set(Channel.InPerson)), Limit = Cd(30, Registered),
        },
        new()
        {
            Id = "D-003-29", Title = "Письменное обращение: ответ в течение 7 дней, максимум 30 дней с регистрации", Citation = "003 §6.1а (L705)",
            Target = Cd(7, Registered), Limit = Cd(30, Registered),
            Extension = new("D-003-29", 30, DayType.Calendar, 1, [Exceptional], NoticeRequired: true, null, DayType.Calendar, "003 §6.1а (L705)"),
        },
    ];

    private static IReadOnlyList<DeadlineRule> Astana()
    {
        var extension = new ExtensionRule("D-004-13", 30, DayType.Calendar, 1, [AdditionalStudy, FieldCheck], NoticeRequired: true, 3, DayType.Calendar, "004 «Порядок рассмотрения обращений…» (L233)");
        return
        [
            new()
            {
                Id = "D-004-12", Title = "Обращение, требующее информации от иных субъектов или проверки с выездом: решение в течение 30 календарных дней со дня поступления", Citation = "004 (L233), АППК РК",
                CoveredRows = ["D-004-13"], Match = new(Condition: DeadlineCondition.NeedsThirdPartyOrInspection), Registration = Cd(0, Received),
                Limit = Cd(30, Received), SourceDayType = DayType.Calendar, Extension = extension,
            },
            new()
            {
                Id = "D-004-11", Title = "Регистрация и рассмотрение обращений: 15 рабочих дней со дня регистрации", Citation = "004 «Порядок рассмотрения обращений…» (L233); регистрация в день поступления (L139–141)",
                CoveredRows = ["D-004-08", "D-004-13", "D-004-14"], Registration = Cd(0, Received),
                Limit = Wd(15, Registered), SourceDayType = DayType.Working, Extension = extension,
            },
        ];
    }
}
