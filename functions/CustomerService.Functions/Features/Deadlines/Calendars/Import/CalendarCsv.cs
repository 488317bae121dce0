using System.Globalization;

namespace CustomerService.Functions.Features.Deadlines.Calendars.Import;

/// <summary>
/// CSV, one day a line: <c>date,kind,note</c> with that header line first; <c>#</c> lines are
/// comments. The year is the dates' year; the legal source is given with the import.
/// A note containing commas is quoted with <c>"</c>.
/// </summary>
public static class CalendarCsv
{
    public static CalendarImportResult Parse(string text, string source)
    {
        var problems = new List<CalendarImportProblem>();
        var days = new List<(int, CalendarDay)>();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var headerSeen = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (!headerSeen)
            {
                headerSeen = true;
                if (!line.Replace(" ", "", StringComparison.Ordinal).StartsWith("date,kind", StringComparison.OrdinalIgnoreCase))
                    problems.Add(new(i + 1, null, "Первая строка должна быть заголовком «date,kind,note»."));
                continue;
            }
            ReadLine(line, i + 1, days, problems);
        }
        if (!headerSeen) return CalendarImportResult.Failed(new(0, null, "Файл пуст."));
        var year = days.Count > 0 ? days[0].Item2.Date.Year : 0;
        if (days.Count == 0 && problems.Count == 0) problems.Add(new(0, null, "В файле нет ни одного дня."));
        return CalendarYearCheck.Finish(year, source, days, problems);
    }

    private static void ReadLine(string line, int number, List<(int, CalendarDay)> days, List<CalendarImportProblem> problems)
    {
        var fields = Split(line);
        if (fields.Count < 2)
        {
            problems.Add(new(number, null, "Ожидается «дата,вид[,примечание]»."));
            return;
        }
        var ok = true;
        if (!DateOnly.TryParseExact(fields[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            problems.Add(new(number, "date", $"Дата «{fields[0]}» не в формате ГГГГ-ММ-ДД."));
            ok = false;
        }
        if (!CalendarYearCheck.TryKind(fields[1], out var kind))
        {
            problems.Add(new(number, "kind", $"Вид дня «{fields[1]}» неизвестен; допустимы: {CalendarYearCheck.KindNames}."));
            ok = false;
        }
        if (ok) days.Add((number, new CalendarDay(date, kind, fields.Count > 2 && fields[2].Length > 0 ? fields[2] : null)));
    }

    private static List<string> Split(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"') { current.Append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { fields.Add(current.ToString().Trim()); current.Clear(); }
            else current.Append(c);
        }
        fields.Add(current.ToString().Trim());
        return fields;
    }
}
