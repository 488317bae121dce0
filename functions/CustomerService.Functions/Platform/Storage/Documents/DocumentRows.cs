using System.Globalization;
using System.Text;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Platform.Storage.Documents;

/// <summary>
/// How documents sit in the <c>Documents</c> table: PartitionKey = kind, RowKey <c>c~{id}</c> for the
/// current version and <c>h~{id}~{version:D10}</c> for every version ever written (history rows sort
/// by version). The JSON goes in <c>Body0…BodyN</c> because one string property holds at most 32K characters.
/// </summary>
internal static class DocumentRows
{
    public const string CurrentPrefix = "c~";
    public const string HistoryPrefix = "h~";

    /// <summary>14 parts × 32K characters (UTF-16) stays under the 1 MiB entity limit with the other properties.</summary>
    public const int MaxBodyParts = 14;
    public const int MaxJsonLength = MaxBodyParts * TableEntityLimits.MaxStringLength;

    public static string CurrentKey(string id) => CurrentPrefix + id;

    public static string HistoryKey(string id, int version) => $"{HistoryPrefix}{id}~{version.ToString("D10", CultureInfo.InvariantCulture)}";

    /// <summary>Kinds and ids are names chosen by code or administrators: keep them to letters, digits, '-', '_' and '.' so keys stay unambiguous.</summary>
    public static void ValidateName(string value, string what)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, what);
        if (value.Length > 200 || !value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            throw new ArgumentException($"A document {what} is 1–200 ASCII letters, digits, '-', '_' or '.': '{value}'.", what);
    }

    public static TableEntity Entity(string kind, string rowKey, string id, int version, string json, DateTimeOffset changedAt, string changedBy)
    {
        if (json.Length > MaxJsonLength) throw new ArgumentException($"The document is {json.Length} characters; the store keeps at most {MaxJsonLength}.", nameof(json));
        var entity = new TableEntity(kind, rowKey)
        {
            ["Id"] = id,
            ["Version"] = version,
            ["ChangedAt"] = changedAt,
            ["ChangedBy"] = changedBy,
        };
        var parts = 0;
        for (var start = 0; start < json.Length || parts == 0; start += TableEntityLimits.MaxStringLength)
            entity[$"Body{parts++}"] = json.Substring(start, Math.Min(TableEntityLimits.MaxStringLength, json.Length - start));
        return entity;
    }

    public static DocumentRevision Revision(TableEntity row) => new(
        row.PartitionKey,
        row.GetString("Id") ?? "",
        row.GetInt32("Version") ?? 0,
        row.GetDateTimeOffset("ChangedAt") ?? default,
        row.GetString("ChangedBy") ?? "",
        Body(row));

    public static CurrentRow Current(TableEntity row) => new(Revision(row), row.ETag);

    private static string Body(TableEntity row)
    {
        var body = new StringBuilder();
        for (var i = 0; row.GetString($"Body{i}") is { } part; i++) body.Append(part);
        return body.ToString();
    }
}

/// <summary>A current row as cached: immutable, so readers can share it.</summary>
internal sealed record CurrentRow(DocumentRevision Revision, Azure.ETag ETag);
