using CustomerService.Functions.Features.Informing.Scenarios;

namespace CustomerService.Functions.Features.Informing.Campaigns.Planning;

/// <summary>Russian messages for a campaign request that cannot be accepted, and for its actions.</summary>
public static partial class CampaignTexts
{
    public const string NameRequired = "Укажите название рассылки.";
    public const string NameTooLong = "Название рассылки не длиннее 200 символов.";
    public const string ScenarioRequired = "Укажите сценарий (шаблон) рассылки.";
    public const string UnknownScenario = "Сценарий не найден.";
    public const string ListRequired = "Укажите список получателей.";
    public const string UnknownList = "Список получателей не найден.";
    public const string EmptyList = "В списке получателей нет ни одной принятой строки.";
    public const string ChannelsRequired = "Укажите хотя бы один канал: sms или email.";
    public const string UnknownZone = "Неизвестный часовой пояс: укажите зону IANA, например Asia/Krasnoyarsk.";
    public const string BadLocalTime = "Укажите время в формате ЧЧ:ММ, например 21:00.";
    public const string InstantRequired = "Укажите дату и время.";
    public const string BadInstant = "Укажите дату и время в формате ISO 8601 со смещением, например 2026-12-08T09:00+07:00.";
    public const string RateForOtherChannel = "Скорость задана для канала, которого нет в рассылке.";
    public const string EmptyValue = "Значение не может быть пустым.";

    public static string UnknownChannel(string channel) => $"Неизвестный канал «{channel}»: допустимы sms и email.";

    public static string UnknownValue(string name) => $"Подстановка {{{{{name}}}}} не используется в этом сценарии.";

    public static string NoValueFor(string name) =>
        $"Текст использует подстановку {{{{{name}}}}}, но её значение не задаёт ни список получателей, ни рассылка: укажите его в values.{name}.";

    public static string BadValue(PlaceholderKind kind) => kind switch
    {
        PlaceholderKind.Money => "Укажите сумму числом, например 1234,50.",
        PlaceholderKind.Date => "Укажите дату в формате ГГГГ-ММ-ДД.",
        PlaceholderKind.DateTime => "Укажите дату и время в формате ГГГГ-ММ-ДДTЧЧ:ММ.",
        _ => "Недопустимое значение.",
    };
}
