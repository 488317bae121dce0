using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Azure.Core;

namespace CustomerService.Functions.Platform.Storage.Tables;

public sealed partial class TableClient
{
    /// <summary>The service returns at most this many entities per response.</summary>
    public const int MaxPageSize = 1000;

    /// <summary>
    /// Every entity matching <paramref name="filter"/>, following continuations across pages
    /// (including empty ones). <paramref name="maxPerPage"/> is sent as <c>$top</c> (1–1,000);
    /// <paramref name="select"/> limits the properties returned (include the keys if you need them).
    /// </summary>
    public async IAsyncEnumerable<TableEntity> QueryAsync(
        TableFilter? filter = null,
        IEnumerable<string>? select = null,
        int? maxPerPage = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var page in QueryPagesAsync(filter, select, maxPerPage, null, cancellationToken).ConfigureAwait(false))
        {
            foreach (var entity in page.Values) yield return entity;
        }
    }

    /// <summary>Pages from <paramref name="continuationToken"/> (or the start) until the query is exhausted.</summary>
    public async IAsyncEnumerable<TablePage> QueryPagesAsync(
        TableFilter? filter = null,
        IEnumerable<string>? select = null,
        int? maxPerPage = null,
        string? continuationToken = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var selected = select?.ToList();
        do
        {
            var page = await QueryPageAsync(filter, selected, maxPerPage, continuationToken, cancellationToken).ConfigureAwait(false);
            yield return page;
            continuationToken = page.ContinuationToken;
        }
        while (continuationToken is not null);
    }

    /// <summary>
    /// One response of the query, for callers that page in a UI: show <see cref="TablePage.Values"/>
    /// and hand <see cref="TablePage.ContinuationToken"/> back to get the next page. A page can be
    /// shorter than <paramref name="maxPerPage"/>, even empty, while a token still follows.
    /// </summary>
    public async Task<TablePage> QueryPageAsync(
        TableFilter? filter = null,
        IEnumerable<string>? select = null,
        int? maxPerPage = null,
        string? continuationToken = null,
        CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Get, QueryUri(filter, select, maxPerPage, continuationToken));
        var response = await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        using var json = JsonDocument.Parse(response.Content.ToMemory());
        var values = json.RootElement.TryGetProperty("value", out var items)
            ? items.EnumerateArray().Select(TableEntityJson.Deserialize).ToList()
            : [];
        response.Headers.TryGetValue(TableConstants.NextPartitionKeyHeader, out var nextPartitionKey);
        response.Headers.TryGetValue(TableConstants.NextRowKeyHeader, out var nextRowKey);
        var next = string.IsNullOrEmpty(nextPartitionKey)
            ? null
            : new TableContinuation(nextPartitionKey, string.IsNullOrEmpty(nextRowKey) ? null : nextRowKey).Encode();
        return new TablePage(values, next);
    }

    private Uri QueryUri(TableFilter? filter, IEnumerable<string>? select, int? maxPerPage, string? continuationToken)
    {
        var uri = new RequestUriBuilder();
        uri.Reset(new Uri($"{Uri}()"));
        if (filter is not null) uri.AppendQuery("$filter", filter.ToString());
        AppendSelect(uri, select);
        if (maxPerPage is { } top)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(top, 1, nameof(maxPerPage));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(top, MaxPageSize, nameof(maxPerPage));
            uri.AppendQuery("$top", top.ToString(CultureInfo.InvariantCulture));
        }
        if (continuationToken is not null)
        {
            var continuation = TableContinuation.Decode(continuationToken);
            uri.AppendQuery("NextPartitionKey", continuation.NextPartitionKey);
            if (continuation.NextRowKey is not null) uri.AppendQuery("NextRowKey", continuation.NextRowKey);
        }
        return uri.ToUri();
    }
}
