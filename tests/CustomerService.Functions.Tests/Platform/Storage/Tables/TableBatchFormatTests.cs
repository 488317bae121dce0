using System.Text;
using Azure;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Tests.Platform.Storage.Tables;

public sealed class TableBatchFormatTests
{
    private static readonly Uri Table = new("https://acct.table.core.windows.net/orders");

    [Fact]
    public void Request_is_one_changeset_with_a_subrequest_per_action()
    {
        var batchId = Guid.Parse("11111111-1111-1111-1111-111111111111");
        var changesetId = Guid.Parse("22222222-2222-2222-2222-222222222222");
        var request = TableBatchFormat.Write(Table, [
            new(TableTransactionActionType.Add, new TableEntity("п", "1") { ["V"] = 1 }),
            new(TableTransactionActionType.UpdateMerge, new TableEntity("п", "2"), new ETag("W/\"datetime'x'\"")),
            new(TableTransactionActionType.UpsertReplace, new TableEntity("п", "3")),
            new(TableTransactionActionType.Delete, new TableEntity("п", "O'Neil")),
        ], batchId, changesetId);
        var body = Encoding.UTF8.GetString(request.Body.Span);

        Assert.Equal("multipart/mixed; boundary=batch_11111111-1111-1111-1111-111111111111", request.ContentType);
        Assert.StartsWith("--batch_11111111-1111-1111-1111-111111111111\r\nContent-Type: multipart/mixed; boundary=changeset_22222222-2222-2222-2222-222222222222\r\n\r\n", body);
        Assert.Equal(4, CountOf(body, "--changeset_22222222-2222-2222-2222-222222222222\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n"));
        Assert.Contains("POST https://acct.table.core.windows.net/orders HTTP/1.1\r\n", body);
        Assert.Contains("{\"PartitionKey\":\"п\",\"RowKey\":\"1\",\"V\":1}\r\n", body);
        Assert.Contains("MERGE https://acct.table.core.windows.net/orders(PartitionKey='%D0%BF',RowKey='2') HTTP/1.1\r\n", body);
        Assert.Contains("If-Match: W/\"datetime'x'\"\r\n", body);
        Assert.Contains("PUT https://acct.table.core.windows.net/orders(PartitionKey='%D0%BF',RowKey='3') HTTP/1.1\r\n", body);
        Assert.Contains("DELETE https://acct.table.core.windows.net/orders(PartitionKey='%D0%BF',RowKey='O%27%27Neil') HTTP/1.1\r\n", body);
        Assert.Contains("If-Match: *\r\n", body);
        Assert.EndsWith("--changeset_22222222-2222-2222-2222-222222222222--\r\n--batch_11111111-1111-1111-1111-111111111111--\r\n", body);
    }

    [Fact]
    public void Success_response_yields_each_status_and_etag()
    {
        const string response =
            "--batchresponse_a\r\nContent-Type: multipart/mixed; boundary=changesetresponse_b\r\n\r\n" +
            "--changesetresponse_b\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n" +
            "HTTP/1.1 204 No Content\r\nContent-ID: 1\r\nETag: W/\"datetime'2026-01-01T00%3A00%3A00Z'\"\r\n\r\n\r\n" +
            "--changesetresponse_b\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n" +
            "HTTP/1.1 204 No Content\r\nContent-ID: 2\r\n\r\n\r\n" +
            "--changesetresponse_b--\r\n--batchresponse_a--\r\n";

        var parts = TableBatchFormat.ParseResponse(response);

        Assert.Equal([204, 204], parts.Select(p => p.Status));
        Assert.Equal("W/\"datetime'2026-01-01T00%3A00%3A00Z'\"", parts[0].Headers["etag"]);
        Assert.False(parts[1].Headers.ContainsKey("ETag"));
    }

    [Fact]
    public void Failure_index_comes_from_the_message_prefix_before_content_id()
    {
        // Shape of the documented Azure sample: Content-ID echoes the client's id, the message names the index.
        const string response =
            "--batchresponse_a\nContent-Type: multipart/mixed; boundary=changesetresponse_b\n\n" +
            "--changesetresponse_b\nContent-Type: application/http\nContent-Transfer-Encoding: binary\n\n" +
            "HTTP/1.1 404 Not Found\nContent-ID: 4\nContent-Type: application/json;odata=minimalmetadata;streaming=true;charset=utf-8\n\n" +
            "{\"odata.error\":{\"code\":\"ResourceNotFound\",\"message\":{\"lang\":\"en-US\",\"value\":\"1:The specified resource does not exist.\\nRequestId:x\"}}}\n" +
            "--changesetresponse_b--\n--batchresponse_a--\n";

        var part = Assert.Single(TableBatchFormat.ParseResponse(response));

        Assert.Equal(404, part.Status);
        Assert.StartsWith("{\"odata.error\"", part.Body);
        Assert.Equal(1, TableBatchFormat.FailedIndex("1:The specified resource does not exist.", part.Headers));
        Assert.Equal(3, TableBatchFormat.FailedIndex("No index here", part.Headers));
        Assert.Null(TableBatchFormat.FailedIndex(null, new Dictionary<string, string>()));
    }

    [Fact]
    public void Parts_read_with_crlf_keep_their_headers_and_a_body_without_carriage_returns()
    {
        const string response =
            "--batchresponse_a\r\nContent-Type: multipart/mixed; boundary=changesetresponse_b\r\n\r\n" +
            "--changesetresponse_b\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n" +
            "HTTP/1.1 409 Conflict\r\nContent-ID: 1\r\n X-Padded :  value \r\nContent-Type: application/json\r\n\r\n" +
            "{\"odata.error\":{\"code\":\"EntityAlreadyExists\",\r\n\"message\":{\"value\":\"0:The specified entity already exists.\"}}}\r\n" +
            "--changesetresponse_b--\r\n--batchresponse_a--\r\n";

        var part = Assert.Single(TableBatchFormat.ParseResponse(response));

        Assert.Equal(409, part.Status);
        Assert.Equal("value", part.Headers["x-padded"]);
        Assert.Equal("{\"odata.error\":{\"code\":\"EntityAlreadyExists\",\n\"message\":{\"value\":\"0:The specified entity already exists.\"}}}", part.Body);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
