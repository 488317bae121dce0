using System.Globalization;
using System.Text;

namespace CustomerService.Functions.Features.Appeals.Journal;

/// <summary>
/// The complaint journal as CSV for Russian Excel: UTF-8 with a BOM (without it Excel reads
/// the file as Windows-1251 and Cyrillic breaks), <c>;</c> between fields (the list separator
/// of the Russian locale, where <c>,</c> is the decimal mark), CRLF lines, RFC 4180 quoting,
/// dates as <c>dd.MM.yyyy</c>, and text cells neutralised against formula injection.
/// </summary>
public static class JournalCsv
{
    public const string ContentType = "text/csv; charset=utf-8";
    private const char Separator = ';';

    public static byte[] Write(IEnumerable<JournalEntry> entries, TimeZoneInfo zone)
    {
        var text = new StringBuilder();
        AppendLine(text, ComplaintJournalForm.Columns.Select(c => (object?)c.Header));
        foreach (var entry in entries) AppendLine(text, ComplaintJournalForm.Cells(entry, zone));
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static void AppendLine(StringBuilder text, IEnumerable<object?> cells)
    {
        text.AppendJoin(Separator, cells.Select(Field)).Append("\r\n");
    }

    internal static string Field(object? cell) => cell switch
    {
        null => "",
        DateOnly date => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
        _ => Quote(FormulaGuard.Neutralise(Convert.ToString(cell, CultureInfo.InvariantCulture) ?? "")),
    };

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny([Separator, '"', '\r', '\n']) < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
