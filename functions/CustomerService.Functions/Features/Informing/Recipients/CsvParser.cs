using System.Text;

namespace CustomerService.Functions.Features.Informing.Recipients;

/// <summary>One record of the file with its 1-based line number (what a spreadsheet shows), for the report.</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);

/// <summary>
/// RFC 4180 CSV: fields separated by <c>;</c> (Russian Excel) or <c>,</c>, quoted with <c>"</c>
/// (doubled inside), line breaks inside quotes kept, CRLF or LF. The separator is the one of the
/// two that occurs more often outside quotes in the first line (<c>;</c> on a tie). Blank lines are skipped.
/// </summary>
public static class CsvParser
{
    public static char DetectSeparator(string text)
    {
        int semicolons = 0, commas = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"') quoted = !quoted;
            else if (!quoted && c is '\n' or '\r') break;
            else if (!quoted && c == ';') semicolons++;
            else if (!quoted && c == ',') commas++;
        }
        return commas > semicolons ? ',' : ';';
    }

    public static IEnumerable<CsvRecord> Parse(string text, char separator)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var (line, recordLine, quoted, i) = (1, 1, false, 0);
        while (i < text.Length)
        {
            var c = text[i++];
            if (quoted)
            {
                if (c == '"' && i < text.Length && text[i] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else
                {
                    if (c == '\n') line++;
                    field.Append(c);
                }
                continue;
            }
            if (c == '"' && field.Length == 0) quoted = true;
            else if (c == separator) { fields.Add(field.ToString()); field.Clear(); }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i < text.Length && text[i] == '\n') i++;
                fields.Add(field.ToString());
                field.Clear();
                if (fields.Any(f => f.Length > 0)) yield return new CsvRecord(recordLine, fields);
                fields = [];
                recordLine = ++line;
            }
            else field.Append(c);
        }
        fields.Add(field.ToString());
        if (fields.Any(f => f.Length > 0)) yield return new CsvRecord(recordLine, fields);
    }
}
