using System.Globalization;
using System.Text.Json;

namespace CustomerService.Functions.Features.Deadlines.Calendars.Import;

/// <summary>
/// Our JSON format, one year per file (docs/deadlines.md):
/// <c>{"year":2025,"source":"…","days":[{"date":"2025-01-01","kind":"holiday","note":"…"}]}</c>.
/// Lines are counted while reading, so each problem names the line of the day at fault.
/// </summary>
public static class CalendarJson
{
    public static CalendarImportResult Parse(string text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            return CalendarImportResult.Failed(new((int)(e.LineNumber ?? 0) + 1, null, "Файл не является корректным JSON."));
        }
        using (document) return Read(document.RootElement, LineStarts(text));
    }

    private static CalendarImportResult Read(JsonElement root, DayLines lines)
    {
        var problems = new List<CalendarImportProblem>();
        if (root.ValueKind != JsonValueKind.Object) return CalendarImportResult.Failed(new(1, null, "Ожидается объект с полями year, source, days."));
        var year = root.TryGetProperty("year", out var y) && y.ValueKind == JsonValueKind.Number && y.TryGetInt32(out var value) ? value : 0;
        if (year == 0) problems.Add(new(0, "year", "Не указан год (year)."));
        var source = root.TryGetProperty("source", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
        var days = new List<(int, CalendarDay)>();
        if (!root.TryGetProperty("days", out var array) || array.ValueKind != JsonValueKind.Array)
            problems.Add(new(0, "days", "Не указан список дней (days)."));
        else
        {
            var index = 0;
            foreach (var item in array.EnumerateArray()) ReadDay(item, lines.Of(index++), days, problems);
        }
        return CalendarYearCheck.Finish(year, source, days, problems);
    }

    private static void ReadDay(JsonElement item, int line, List<(int, CalendarDay)> days, List<CalendarImportProblem> problems)
    {
        var dateText = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
        var kindText = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("kind", out var k) && k.ValueKind == JsonValueKind.String ? k.GetString() : null;
        var note = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("note", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
        var ok = true;
        if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            problems.Add(new(line, "date", $"Дата «{dateText}» не в формате ГГГГ-ММ-ДД."));
            ok = false;
        }
        if (!CalendarYearCheck.TryKind(kindText, out var kind))
        {
            problems.Add(new(line, "kind", $"Вид дня «{kindText}» неизвестен; допустимы: {CalendarYearCheck.KindNames}."));
            ok = false;
        }
        if (ok) days.Add((line, new CalendarDay(date, kind, note)));
    }

    /// <summary>The line of each element of "days": the lines where its objects open, in order.</summary>
    private static DayLines LineStarts(string text)
    {
        var starts = new List<int>();
        var daysAt = text.IndexOf("\"days\"", StringComparison.Ordinal);
        if (daysAt < 0) return new DayLines(starts);
        var line = 1 + text.AsSpan(0, daysAt).Count('\n');
        var depth = 0;
        var inString = false;
        for (var i = text.IndexOf('[', daysAt); i >= 0 && i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n') line++;
            if (inString) { if (c == '\\') i++; else if (c == '"') inString = false; continue; }
            if (c == '"') inString = true;
            else if (c is '[' or '{') { if (depth == 1) starts.Add(line); depth++; }
            else if (c is ']' or '}') { depth--; if (depth == 0) break; }
        }
        return new DayLines(starts);
    }

    private sealed record DayLines(List<int> Starts)
    {
        public int Of(int index) => index < Starts.Count ? Starts[index] : 0;
    }
}
