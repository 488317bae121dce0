using System.Globalization;

namespace CustomerService.Functions.Features.Informing.Campaigns.Planning;

/// <summary>Russian messages for the operator who schedules a campaign.</summary>
public static partial class CampaignTexts
{
    public const string EndBeforeStart = "Время окончания рассылки должно быть позже времени начала.";
    public const string WindowOver = "Время окончания рассылки уже прошло.";
    public const string WindowTooLong = "Рассылка не может длиться дольше 31 дня.";
    public const string NoSendingTime = "В заданном окне нет времени вне «тихих часов»: расширьте окно или измените тихие часы.";
    public const string RateNotPositive = "Скорость отправки должна быть положительной.";
    public const string OutageTooSoon = "Об отключении нужно уведомить не позднее чем за 24 часа: до начала отключения осталось меньше.";
    public const string OutageStartBeforeDecision = "Рассылка об отключении не может начаться раньше решения об отключении.";

    public static string OutageEndTooLate(DateTimeOffset latest) =>
        "Об отключении нужно уведомить в течение 3 дней после решения и не позднее чем за 24 часа до отключения: " +
        $"рассылка должна закончиться не позднее {latest.ToString("dd.MM.yyyy HH:mm 'UTC'zzz", CultureInfo.InvariantCulture)}.";
}
