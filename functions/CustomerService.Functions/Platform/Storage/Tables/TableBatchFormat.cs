using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace CustomerService.Functions.Platform.Storage.Tables;

/// <summary>
/// The <c>$batch</c> wire format: a multipart/mixed batch holding one changeset of
/// application/http sub-requests, and the mirror-image response. Bodies are single-line JSON,
/// which Azurite's parser requires and Azure accepts. The request is written as UTF-8 straight into
/// one buffer and the response read line by line: intake sends one transaction per appeal, and the
/// text round trips this replaced were most of its request path's allocations.
/// </summary>
internal static partial class TableBatchFormat
{
    private const string Crlf = "\r\n";

    public sealed record Request(string ContentType, ReadOnlyMemory<byte> Body);

    /// <summary>One sub-response: its HTTP status, headers and body text.</summary>
    public sealed record Part(int Status, IReadOnlyDictionary<string, string> Headers, string Body);

    public static Request Write(Uri tableUri, IReadOnlyList<TableTransactionAction> actions, Guid batchId, Guid changesetId)
    {
        var batch = $"batch_{batchId:D}";
        var changeset = $"changeset_{changesetId:D}";
        var body = new ArrayBufferWriter<byte>(1024 * actions.Count);
        Append(body, $"--{batch}{Crlf}Content-Type: multipart/mixed; boundary={changeset}{Crlf}{Crlf}");
        var partHeader = $"--{changeset}{Crlf}Content-Type: application/http{Crlf}Content-Transfer-Encoding: binary{Crlf}{Crlf}";
        foreach (var action in actions)
        {
            Append(body, partHeader);
            WriteOperation(body, tableUri, action);
        }
        Append(body, $"--{changeset}--{Crlf}--{batch}--{Crlf}");
        return new Request($"multipart/mixed; boundary={batch}", body.WrittenMemory);
    }

    private static void WriteOperation(ArrayBufferWriter<byte> body, Uri tableUri, TableTransactionAction action)
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
        Append(body, $"{method} {uri.AbsoluteUri} HTTP/1.1{Crlf}Accept: {TableConstants.AcceptMinimalMetadata}{Crlf}DataServiceVersion: {TableConstants.DataServiceVersion}{Crlf}");
        if (ifMatch is not null) Append(body, $"If-Match: {ifMatch}{Crlf}");
        if (method == "DELETE")
        {
            Append(body, Crlf);
            return;
        }
        if (method == "POST") Append(body, $"Prefer: {TableConstants.ReturnNoContent}{Crlf}");
        Append(body, $"Content-Type: {TableConstants.JsonContentType}{Crlf}{Crlf}");
        TableEntityJson.Serialize(entity, body);
        Append(body, Crlf);
    }

    private static void Append(ArrayBufferWriter<byte> body, string text) => Encoding.UTF8.GetBytes(text, body);

    private static Uri EntityUri(Uri tableUri, TableEntity entity) => TableClient.EntityUri(tableUri, entity.PartitionKey, entity.RowKey);

    /// <summary>Splits the response into its changeset's sub-responses, in order.</summary>
    public static IReadOnlyList<Part> ParseResponse(string body)
    {
        var boundary = ChangesetBoundary().Match(body);
        if (!boundary.Success) throw new FormatException("The batch response has no changeset.");
        var delimiter = "--" + boundary.Groups[1].Value;
        var parts = new List<Part>();
        // Each delimiter starts a part; the closing one is followed by "--".
        for (var start = body.IndexOf(delimiter, boundary.Index + boundary.Length, StringComparison.Ordinal); start >= 0;)
        {
            start += delimiter.Length;
            if (body.AsSpan(start).StartsWith("--", StringComparison.Ordinal)) break;
            var end = body.IndexOf(delimiter, start, StringComparison.Ordinal);
            parts.Add(ParsePart(body.AsSpan(start, (end < 0 ? body.Length : end) - start)));
            start = end;
        }
        return parts;
    }

    /// <summary>A part's MIME headers, a blank line, then the sub-response: status line, headers, blank line, body.</summary>
    private static Part ParsePart(ReadOnlySpan<char> part)
    {
        var status = 0;
        Dictionary<string, string>? headers = null;
        while (!part.IsEmpty)
        {
            var line = NextLine(ref part);
            if (headers is null)
            {
                if (!line.StartsWith("HTTP/1.1 ", StringComparison.Ordinal)) continue;
                status = int.Parse(line.Slice(9, 3), provider: System.Globalization.CultureInfo.InvariantCulture);
                headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                continue;
            }
            if (line.IsEmpty) break;
            var colon = line.IndexOf(':');
            if (colon > 0) headers[line[..colon].Trim().ToString()] = line[(colon + 1)..].Trim().ToString();
        }
        if (headers is null) throw new FormatException("A batch sub-response has no HTTP status line.");
        var content = part.Trim();
        return new Part(status, headers, content.Contains('\r') ? content.ToString().Replace("\r\n", "\n", StringComparison.Ordinal) : content.ToString());
    }

    /// <summary>The next line without its CR LF (or bare LF, which Azurite's sample responses use).</summary>
    private static ReadOnlySpan<char> NextLine(ref ReadOnlySpan<char> text)
    {
        var newline = text.IndexOf('\n');
        var line = newline < 0 ? text : text[..newline];
        text = newline < 0 ? [] : text[(newline + 1)..];
        return line.EndsWith('\r') ? line[..^1] : line;
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
