using System.Text;
using CustomerService.Functions.Features.Deadlines.Calendars.Import;
using CustomerService.Functions.Platform.Http;

namespace CustomerService.Functions.Features.Deadlines.Calendars.Editing;

/// <summary>
/// Reads an uploaded calendar year (docs/deadlines.md#calendars): our JSON, CSV, or the
/// production-calendar XML, told apart by Content-Type. CSV and XML carry no legal source, so it
/// comes in <c>?source=</c>. Every problem comes back with its line, in Russian; nothing partial.
/// </summary>
public static class CalendarUpload
{
    public const int MaxBytes = 1024 * 1024;

    public enum Format
    {
        Json,
        Csv,
        Xml,
    }

    public static Format? FormatOf(string? contentType) => (contentType ?? "").Split(';')[0].Trim().ToLowerInvariant() switch
    {
        "application/json" or "text/json" => Format.Json,
        "text/csv" or "application/csv" or "text/plain" => Format.Csv,
        "application/xml" or "text/xml" => Format.Xml,
        _ => null,
    };

    /// <summary>The parsed year, or the problems to answer with (field-level, Russian).</summary>
    public static CalendarImportResult Parse(Format format, string text, string? source) => format switch
    {
        Format.Json => CalendarJson.Parse(text),
        Format.Csv => CalendarCsv.Parse(text, source ?? ""),
        _ => ProductionCalendarXml.Parse(text, source ?? ""),
    };

    /// <summary>Problems of a failed import, keyed by field (<c>file</c> when none), each naming its line.</summary>
    public static ValidationProblemBuilder Problems(CalendarImportResult result)
    {
        var problems = new ValidationProblemBuilder();
        foreach (var problem in result.Problems) problems.Add(problem.Field ?? "file", problem.ToString());
        return problems;
    }

    /// <summary>The body as UTF-8 text, or null when it is larger than <see cref="MaxBytes"/>.</summary>
    public static async Task<string?> ReadTextAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBytes) return null;
        using var body = new MemoryStream();
        var chunk = new byte[16384];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (body.Length + read > MaxBytes) return null;
            body.Write(chunk, 0, read);
        }
        return new UTF8Encoding(false).GetString(body.GetBuffer(), 0, (int)body.Length).TrimStart('\uFEFF');
    }
}
