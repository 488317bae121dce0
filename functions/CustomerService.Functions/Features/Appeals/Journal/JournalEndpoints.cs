using System.Globalization;
using CustomerService.Functions.Features.Appeals.Registration;
using CustomerService.Functions.Platform.Hosting.Catalogue;
using CustomerService.Functions.Platform.Http;
using CustomerService.Functions.Platform.Security;
using CustomerService.Functions.Platform.Storage.Blobs.Sas;

namespace CustomerService.Functions.Features.Appeals.Journal;

/// <summary>
/// Staff journal: <c>GET /api/staff/journal</c> (filtered, sorted, paged JSON) and
/// <c>GET /api/staff/journal/export?format=csv|xlsx</c> (001's complaint journal, Ст.1–Ст.11),
/// both with the filters of <see cref="JournalQueryParser"/>.
/// </summary>
public static class JournalEndpoints
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public static RouteGroupBuilder MapJournal(this RouteGroupBuilder api)
    {
        api.MapGet("/staff/journal", QueryAsync).RequireAuthorization(StaffPolicies.Staff).AsFunction("JournalQuery", FunctionAuthLevel.Anonymous);
        api.MapGet("/staff/journal/export", ExportAsync).RequireAuthorization(StaffPolicies.Staff).AsFunction("JournalExport", FunctionAuthLevel.Anonymous);
        return api.MapRecipientListFromJournal();
    }

    private static async Task<IResult> QueryAsync(HttpRequest request, JournalReader reader, CancellationToken cancellationToken)
    {
        var errors = new ValidationProblemBuilder();
        var query = JournalQueryParser.Parse(request.Query, reader.Today, errors);
        var pageSize = PageSize(request.Query, errors);
        var offset = 0;
        if (query is not null && JournalQueryParser.Single(request.Query, "continuationToken", errors) is { } token)
        {
            if (JournalPageToken.Decode(token, query) is { } decoded) offset = decoded;
            else errors.Add("continuationToken", "Маркер продолжения повреждён или выдан для других условий отбора.");
        }
        if (query is null || errors.HasErrors) return errors.ToResult();

        var entries = await reader.ReadAsync(query, JournalReader.QueryLimit, cancellationToken);
        if (entries is null) return TooMany(JournalReader.QueryLimit);
        var page = entries.Skip(offset).Take(pageSize).ToList();
        var next = offset + page.Count < entries.Count ? JournalPageToken.Encode(offset + page.Count, query) : null;
        return TypedResults.Json(new JournalPage(entries.Count, page, next), AppealRegistrar.Json);
    }

    private static async Task<IResult> ExportAsync(HttpRequest request, HttpResponse response, JournalReader reader, CancellationToken cancellationToken)
    {
        var errors = new ValidationProblemBuilder();
        var query = JournalQueryParser.Parse(request.Query, reader.Today, errors);
        var format = JournalQueryParser.Single(request.Query, "format", errors);
        errors.AddIf(format is not ("csv" or "xlsx"), "format", "Укажите формат выгрузки: csv или xlsx.");
        if (query is null || errors.HasErrors) return errors.ToResult();

        var entries = await reader.ReadAsync(query, JournalReader.ExportLimit, cancellationToken);
        if (entries is null) return TooMany(JournalReader.ExportLimit);
        var (content, contentType) = format == "csv"
            ? (JournalCsv.Write(entries, reader.Zone), JournalCsv.ContentType)
            : (JournalXlsx.Write(entries, reader.Zone), JournalXlsx.ContentType);
        response.Headers.ContentDisposition = ContentDispositionValue.Attachment(FileName(query, format!));
        return TypedResults.Bytes(content, contentType);
    }

    /// <summary>E.g. «Журнал жалоб 2026-01-01 — 2026-01-31.xlsx» (RFC 8187 filename* carries the Cyrillic).</summary>
    internal static string FileName(JournalQuery query, string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"Журнал жалоб {query.From:yyyy-MM-dd} — {query.To:yyyy-MM-dd}.{extension}");

    private static int PageSize(IQueryCollection query, ValidationProblemBuilder errors)
    {
        if (JournalQueryParser.Single(query, "pageSize", errors) is not { } text) return DefaultPageSize;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size is >= 1 and <= MaxPageSize) return size;
        errors.Add("pageSize", $"Размер страницы — целое число от 1 до {MaxPageSize}.");
        return DefaultPageSize;
    }

    internal static IResult TooMany(int limit) => new ValidationProblemBuilder()
        .Add("from", $"За период больше {limit} записей, подходящих под условия: сократите период или добавьте фильтры.")
        .ToResult();
}

/// <param name="Total">Lines matching the query (all pages).</param>
/// <param name="ContinuationToken">Pass back as <c>continuationToken</c> with the same filters for the next page; null on the last page.</param>
public sealed record JournalPage(int Total, IReadOnlyList<JournalEntry> Items, string? ContinuationToken);
