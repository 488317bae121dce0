using System.Text;
using System.Text.RegularExpressions;

namespace CustomerService.Functions.Platform.Storage.Tables;

/// <summary>
/// The <c>$batch</c> wire format: a multipart/mixed batch holding one changeset of
/// application/http sub-requests, and the mirror-image response. Bodies are single-line JSON,
/// which Azurite's parser requires and Azure accepts.
/// </summary>
internal static partial class TableBatchFormat
{
    private const string Crlf = "\r\n";

    public sealed record Request(string ContentType, byte[] Body);

    /// <summary>One sub-response: its HTTP status, headers and body text.</summary>
    public sealed record Part(int Status, IReadOnlyDictionary<string, string> Headers, string Body);

    public static Request Write(Uri tableUri, IReadOnlyList<TableTransactionAction> actions, Guid batchId, Guid changesetId)
    {
        var batch = $"batch_{batchId:D}";
        var changeset = $"changeset_{changesetId:D}";
        var text = new StringBuilder()
            .Append("--").Append(batch).Append(Crlf)
            .Append("Content-Type: multipart/mixed; boundary=").Append(changeset).Append(Crlf)
            .Append(Crlf);
        foreach (var action in actions)
        {
            text.Append("--").Append(changeset).Append(Crlf)
                .Append("Content-Type: application/http").Append(Crlf)
                .Append("Content-Transfer-Encoding: binary").Append(Crlf)
                .Append(Crlf);
            WriteOperation(text, tableUri, action);
        }
        text.Append("--").Append(changeset).Append("--").Append(Crlf)
            .Append("--").Append(batch).Append("--").Append(Crlf);
        return new Request($"multipart/mixed; boundary={batch}", Encoding.UTF8.GetBytes(text.ToString()));
    }

    private static void WriteOperation(StringBuilder text, Uri tableUri, TableTransactionAction action)
    {
        var entity = action.Entity;
        var (method, uri, ifMatch) = action.ActionType switch
        {
            TableTransactionActionType.Add => ("POST", tableUri, null),
            TableTransactionActionType.UpsertMerge => ("MERGE", EntityUri(tableUri, entity), null),
            TableTransactionActionType.UpsertReplace => ("PUT", EntityUri(tableUri, entity), null),
            TableTransactionActionType.UpdateMerge => ("MERGE", EntityUri(tableUri, entity), TableClient.IfMatch(action.ETag)),
            TableTransactionActionType.UpdateReplace => ("PUT", EntityUri(tableUri, entity), TableClient.IfMatch(action.ETag)),
            TableTransactionActionType.Delete => ("DELETE", EntityUri(tableUri, entity), TableClient.IfMatch(action.ETag)),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action.ActionType, "Unknown transaction action"),
        };
        text.Append(method).Append(' ').Append(uri.AbsoluteUri).Append(" HTTP/1.1").Append(Crlf)
            .Append("Accept: ").Append(TableConstants.AcceptMinimalMetadata).Append(Crlf)
            .Append("DataServiceVersion: ").Append(TableConstants.DataServiceVersion).Append(Crlf);
        if (ifMatch is not null) text.Append("If-Match: ").Append(ifMatch).Append(Crlf);
        if (method == "DELETE")
        {
            text.Append(Crlf);
            return;
        }
        if (method == "POST") text.Append("Prefer: ").Append(TableConstants.ReturnNoContent).Append(Crlf);
        text.Append("Content-Type: ").Append(TableConstants.JsonContentType).Append(Crlf)
            .Append(Crlf)
            .Append(Encoding.UTF8.GetString(TableEntityJson.Serialize(entity))).Append(Crlf);
    }

    private static Uri EntityUri(Uri tableUri, TableEntity entity) => TableClient.EntityUri(tableUri, entity.PartitionKey, entity.RowKey);

    /// <summary>Splits the response into its changeset's sub-responses, in order.</summary>
    public static IReadOnlyList<Part> ParseResponse(string body)
    {
        var boundary = ChangesetBoundary().Match(body);
        if (!boundary.Success) throw new FormatException("The batch response has no changeset.");
        var delimiter = "--" + boundary.Groups[1].Value;
        return body.Split(delimiter)
            .Skip(1)
            .Where(part => !part.StartsWith("--", StringComparison.Ordinal))
            .Select(ParsePart)
            .ToList();
    }

    private static Part ParsePart(string part)
    {
        var lines = part.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var statusLine = Array.FindIndex(lines, line => line.StartsWith("HTTP/1.1 ", StringComparison.Ordinal));
        if (statusLine < 0) throw new FormatException("A batch sub-response has no HTTP status line.");
        var status = int.Parse(lines[statusLine].AsSpan(9, 3), provider: System.Globalization.CultureInfo.InvariantCulture);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var index = statusLine + 1;
        for (; index < lines.Length && lines[index].Length > 0; index++)
        {
            var colon = lines[index].IndexOf(':', StringComparison.Ordinal);
            if (colon > 0) headers[lines[index][..colon].Trim()] = lines[index][(colon + 1)..].Trim();
        }
        var content = string.Join('\n', lines.Skip(index + 1)).Trim();
        return new Part(status, headers, content);
    }

    [GeneratedRegex(@"boundary=(changesetresponse_[\w\-]+)", RegexOptions.CultureInvariant)]
    private static partial Regex ChangesetBoundary();

    /// <summary>Azure prefixes a failed operation's error message with its 0-based index and a colon.</summary>
    public static int? FailedIndex(string? message, IReadOnlyDictionary<string, string> headers)
    {
        var match = message is null ? Match.Empty : IndexPrefix().Match(message);
        if (match.Success) return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        // Content-ID is 1-based when the service numbers the operations itself.
        return headers.TryGetValue("Content-ID", out var id) && int.TryParse(id, out var contentId) ? contentId - 1 : null;
    }

    [GeneratedRegex(@"^(\d+):", RegexOptions.CultureInvariant)]
    private static partial Regex IndexPrefix();
}
