using System.Globalization;
using System.Text;
using CustomerService.Functions.Features.Appeals.Journal;

namespace CustomerService.Functions.Features.Deadlines.Views;

/// <summary>Deadline lists and the timeliness report as CSV for Russian Excel (as the journal export: BOM, <c>;</c>, CRLF, formulas neutralised).</summary>
public static class DeadlineCsv
{
    public const string ContentType = JournalCsv.ContentType;

    public static byte[] Items(IEnumerable<DeadlineItem> items, TimeZoneInfo zone) => Write(
        ["Рег. номер", "Вид", "Канал", "Исполнитель", "Подразделение", "Зарегистрировано", "Срок ответа", "Предельный срок", "Просрочено", "Пауза, ч", "Эскалация", "Нарушение срока"],
        items.Select(i => new object?[]
        {
            i.RegistrationNumber, i.Kind, i.Channel, i.ExecutorName ?? i.ExecutorId, i.Unit, Local(i.RegisteredAt, zone), Local(i.Due, zone),
            i.HardLimit is { } h ? Local(h, zone) : null, i.Overdue ? "да" : "нет", i.PausedForHours.ToString("0.0", CultureInfo.GetCultureInfo("ru-RU")),
            i.EscalatedTo, i.BreachedAt is { } b ? Local(b, zone) : null,
        }));

    public static byte[] Report(TimelinessReport report) => Write(
        ["Группировка", "Группа", "Отвечено", "В срок", "Исполнительность, %", "Время ответа p50, дн.", "Время ответа p90, дн."],
        report.Groups.Select(g => new object?[]
        {
            report.By, g.Key, g.Answered, g.OnTime, Number(g.OnTimeShare * 100), Number(g.AnswerDaysP50), Number(g.AnswerDaysP90),
        }));

    private static byte[] Write(IEnumerable<string> header, IEnumerable<object?[]> rows)
    {
        var text = new StringBuilder();
        text.AppendJoin(';', header.Select(h => JournalCsv.Field(h))).Append("\r\n");
        foreach (var row in rows) text.AppendJoin(';', row.Select(JournalCsv.Field)).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Local(DateTimeOffset at, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("0.0", CultureInfo.GetCultureInfo("ru-RU"));
}
