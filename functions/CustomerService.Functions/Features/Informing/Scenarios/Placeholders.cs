namespace CustomerService.Functions.Features.Informing.Scenarios;

/// <summary>
/// Every placeholder scenarios may use (<c>GET /api/informing/placeholders</c>). Names are
/// camelCase and stable: senders fill them by name, staff write them as <c>{{name}}</c>.
/// </summary>
public static class Placeholders
{
    public const string FullName = "fullName";
    public const string NameAndPatronymic = "nameAndPatronymic";
    public const string Account = "account";
    public const string Amount = "amount";
    public const string AsOfDate = "asOfDate";
    public const string DueDate = "dueDate";
    public const string RegistrationNumber = "registrationNumber";
    public const string RegistrationDate = "registrationDate";
    public const string PromisedDate = "promisedDate";
    public const string Deadline = "deadline";
    public const string ExtensionReason = "extensionReason";
    public const string MissingInformation = "missingInformation";
    public const string StatusLink = "statusLink";
    public const string MeterNumber = "meterNumber";
    public const string Reading = "reading";
    public const string ReadingDate = "readingDate";
    public const string RejectionReason = "rejectionReason";
    public const string TariffDescription = "tariffDescription";
    public const string EffectiveDate = "effectiveDate";
    public const string Address = "address";
    public const string MeasureDate = "measureDate";
    public const string OutageStart = "outageStart";
    public const string OutageEnd = "outageEnd";
    public const string OutageReason = "outageReason";
    public const string CompanyName = "companyName";
    public const string CompanyPhone = "companyPhone";

    private static readonly DateOnly SampleDay = new(2026, 12, 7);

    public static IReadOnlyList<Placeholder> All { get; } =
    [
        new(FullName, PlaceholderKind.Text, "Фамилия, имя и отчество клиента", "Иванова Мария Петровна"),
        new(NameAndPatronymic, PlaceholderKind.Text, "Имя и отчество для обращения («Уважаемая Мария Петровна»)", "Мария Петровна"),
        new(Account, PlaceholderKind.Text, "Номер лицевого счёта или договора", "0012345678"),
        new(Amount, PlaceholderKind.Money, "Сумма в рублях (задолженность, начисление)", 1234.50m),
        new(AsOfDate, PlaceholderKind.Date, "Дата, на которую указана сумма", SampleDay),
        new(DueDate, PlaceholderKind.Date, "Срок оплаты", SampleDay.AddDays(18)),
        new(RegistrationNumber, PlaceholderKind.Text, "Регистрационный номер обращения", "125-ФЛ"),
        new(RegistrationDate, PlaceholderKind.Date, "Дата регистрации обращения", SampleDay),
        new(PromisedDate, PlaceholderKind.Date, "Срок ответа, обещанный при регистрации", SampleDay.AddDays(19)),
        new(Deadline, PlaceholderKind.Date, "Срок (новый срок рассмотрения, срок представления сведений)", SampleDay.AddDays(30)),
        new(ExtensionReason, PlaceholderKind.Text, "Причина продления срока рассмотрения", "требуется проверка показаний прибора учёта на месте"),
        new(MissingInformation, PlaceholderKind.Text, "Какие сведения или документы нужны от клиента", "копия акта допуска прибора учёта"),
        new(StatusLink, PlaceholderKind.Text, "Ссылка для проверки статуса обращения", "https://example.ru/s/125-ФЛ?code=7K2M9Q"),
        new(MeterNumber, PlaceholderKind.Text, "Заводской номер прибора учёта", "01234567"),
        new(Reading, PlaceholderKind.Text, "Показание прибора учёта", "12345"),
        new(ReadingDate, PlaceholderKind.Date, "Дата показания", SampleDay),
        new(RejectionReason, PlaceholderKind.Text, "Причина, по которой показание не принято", "показание меньше предыдущего"),
        new(TariffDescription, PlaceholderKind.Text, "Что меняется в тарифе или правилах", "тариф для населения — 5,12 ₽ за кВт·ч"),
        new(EffectiveDate, PlaceholderKind.Date, "Дата вступления изменения в силу", new DateOnly(2027, 1, 1)),
        new(Address, PlaceholderKind.Text, "Адрес (объекта, отключения)", "г. Дивногорск, ул. Заводская, д. 1"),
        new(MeasureDate, PlaceholderKind.Date, "Дата введения ограничения или приостановления", SampleDay.AddDays(20)),
        new(OutageStart, PlaceholderKind.DateTime, "Начало отключения", new DateTime(2026, 12, 10, 9, 0, 0)),
        new(OutageEnd, PlaceholderKind.DateTime, "Окончание отключения", new DateTime(2026, 12, 10, 17, 0, 0)),
        new(OutageReason, PlaceholderKind.Text, "Причина отключения", "плановый ремонт линии электропередачи"),
        new(CompanyName, PlaceholderKind.Text, "Полное наименование организации", "МУП «Электросеть» г. Дивногорска"),
        new(CompanyPhone, PlaceholderKind.Text, "Телефон организации для справок", "8 800 000-00-00"),
    ];

    private static readonly Dictionary<string, Placeholder> ByName = All.ToDictionary(p => p.Name, StringComparer.Ordinal);

    public static Placeholder? Find(string name) => ByName.GetValueOrDefault(name);

    /// <summary>The sample value of every placeholder, for previews.</summary>
    public static IReadOnlyDictionary<string, object> Samples { get; } = All.ToDictionary(p => p.Name, p => p.Sample, StringComparer.Ordinal);
}
