using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace CustomerService.Functions.Features.Deadlines.Calendars.Import;

/// <summary>
/// The production-calendar XML of xmlcalendar.ru, common for Russian calendars:
/// <c>&lt;calendar year="2025" lang="ru"&gt;&lt;holidays&gt;&lt;holiday id="1" title="…"/&gt;&lt;/holidays&gt;
/// &lt;days&gt;&lt;day d="01.01" t="1" h="1"/&gt;…&lt;/days&gt;&lt;/calendar&gt;</c>.
/// <c>d</c> is month.day (MM.DD); <c>t</c>: 1 a day off (with <c>h</c>, the holiday it is;
/// without, a transferred day off, <c>f</c> naming the day it came from), 2 a shortened
/// pre-holiday day, 3 a working day on a weekend. The format carries no legal source, so it is
/// given with the import.
/// </summary>
public static class ProductionCalendarXml
{
    public static CalendarImportResult Parse(string text, string source)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(text, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            return CalendarImportResult.Failed(new(e.LineNumber, null, "Файл не является корректным XML."));
        }
        var root = document.Root!;
        if (root.Name.LocalName != "calendar")
            return CalendarImportResult.Failed(new(Line(root), null, "Корневой элемент должен быть <calendar>."));
        var problems = new List<CalendarImportProblem>();
        if (!int.TryParse((string?)root.Attribute("year"), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            problems.Add(new(Line(root), "year", "У <calendar> нет числового атрибута year."));
        var holidays = root.Element("holidays")?.Elements("holiday")
            .Where(h => h.Attribute("id") is not null)
            .GroupBy(h => (string)h.Attribute("id")!)
            .ToDictionary(g => g.Key, g => (string?)g.First().Attribute("title")) ?? [];
        var days = new List<(int, CalendarDay)>();
        foreach (var day in root.Element("days")?.Elements("day") ?? [])
            ReadDay(day, year, holidays, days, problems);
        return CalendarYearCheck.Finish(year, source, days, problems);
    }

    private static void ReadDay(XElement day, int year, Dictionary<string, string?> holidays, List<(int, CalendarDay)> days, List<CalendarImportProblem> problems)
    {
        var line = Line(day);
        var d = (string?)day.Attribute("d");
        var t = (string?)day.Attribute("t");
        var h = (string?)day.Attribute("h");
        if (!TryMonthDay(d, year, out var date))
        {
            problems.Add(new(line, "d", $"Атрибут d=«{d}» должен быть датой в формате ММ.ДД года {year}."));
            return;
        }
        CalendarDay? parsed = t switch
        {
            "1" when h is not null && holidays.TryGetValue(h, out var title) => new(date, CalendarDayKind.Holiday, title),
            "1" when h is not null => null,
            "1" => new(date, CalendarDayKind.DayOff, From((string?)day.Attribute("f"))),
            "2" => new(date, CalendarDayKind.Shortened, "предпраздничный день"),
            "3" => new(date, CalendarDayKind.Working, "рабочий день (перенос)"),
            _ => null,
        };
        if (parsed is not null) days.Add((line, parsed));
        else if (t == "1") problems.Add(new(line, "h", $"Праздник h=«{h}» не описан в <holidays>."));
        else problems.Add(new(line, "t", $"Атрибут t=«{t}» должен быть 1 (выходной), 2 (сокращённый) или 3 (рабочий)."));
    }

    private static bool TryMonthDay(string? text, int year, out DateOnly date)
    {
        date = default;
        return text is { Length: 5 } && year > 0
            && DateOnly.TryParseExact($"{year:D4}.{text}", "yyyy.MM.dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    private static string? From(string? monthDay) =>
        monthDay is { Length: 5 } ? $"перенос выходного с {monthDay[3..]}.{monthDay[..2]}" : "перенесённый выходной";

    private static int Line(XObject node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;
}
