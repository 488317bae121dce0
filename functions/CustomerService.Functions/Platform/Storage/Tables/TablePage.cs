using System.Text;

namespace CustomerService.Functions.Platform.Storage.Tables;

/// <summary>
/// One response of a query: up to 1,000 entities (possibly none) and, while more may follow,
/// an opaque continuation token to pass back for the next page (safe to put in a URL).
/// </summary>
public sealed record TablePage(IReadOnlyList<TableEntity> Values, string? ContinuationToken);

/// <summary>
/// The service's continuation (NextPartitionKey, NextRowKey) as one URL-safe string. It only
/// positions the scan; the filter is always the caller's, so a forged token cannot widen a query.
/// </summary>
internal readonly record struct TableContinuation(string NextPartitionKey, string? NextRowKey)
{
    private const char Separator = '\n';

    public string Encode() => Base64Url(NextRowKey is null ? NextPartitionKey : NextPartitionKey + Separator + NextRowKey);

    public static TableContinuation Decode(string token)
    {
        string text;
        try
        {
            text = Encoding.UTF8.GetString(Convert.FromBase64String(Pad(token.Replace('-', '+').Replace('_', '/'))));
        }
        catch (FormatException e)
        {
            throw new ArgumentException("The continuation token is not one this client issued.", nameof(token), e);
        }
        var parts = text.Split(Separator, 2);
        return new TableContinuation(parts[0], parts.Length > 1 ? parts[1] : null);
    }

    private static string Base64Url(string text) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Pad(string text) => text.PadRight(text.Length + (4 - text.Length % 4) % 4, '=');
}
