using System.Globalization;
using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;

namespace CustomerService.Functions.Platform.Storage;

/// <summary>
/// Signs each request (each retry too, so the date stays fresh) with the account key.
/// Blob and Queue use the full Shared Key scheme; Table uses Shared Key Lite, as the Azure SDK
/// does. Spec: https://learn.microsoft.com/rest/api/storageservices/authorize-with-shared-key
/// </summary>
public sealed class SharedKeyAuthenticationPolicy(StorageSharedKeyCredential credential, StorageService service)
    : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        var request = message.Request;
        var date = DateTimeOffset.UtcNow.ToString("r", CultureInfo.InvariantCulture);
        request.Headers.SetValue("x-ms-date", date);
        var uri = request.Uri.ToUri();
        var (scheme, stringToSign) = service == StorageService.Table
            ? ("SharedKeyLite", TableStringToSign(date, uri))
            : ("SharedKey", BlobQueueStringToSign(request, uri));
        request.Headers.SetValue("Authorization", $"{scheme} {credential.AccountName}:{credential.Sign(stringToSign)}");
    }

    private string TableStringToSign(string date, Uri uri)
    {
        var resource = $"/{credential.AccountName}{uri.AbsolutePath}";
        var comp = QueryParameters(uri).FirstOrDefault(p => p.Name == "comp");
        return comp.Name is null ? $"{date}\n{resource}" : $"{date}\n{resource}?comp={comp.Value}";
    }

    private string BlobQueueStringToSign(Request request, Uri uri)
    {
        string Header(string name) => request.Headers.TryGetValue(name, out var value) ? value : string.Empty;
        long length = 0;
        var hasLength = request.Content?.TryComputeLength(out length) ?? false;
        var contentLength = hasLength && length > 0 ? length.ToString(CultureInfo.InvariantCulture) : string.Empty;
        var builder = new StringBuilder()
            .Append(request.Method.Method).Append('\n')
            .Append(Header("Content-Encoding")).Append('\n')
            .Append(Header("Content-Language")).Append('\n')
            .Append(contentLength).Append('\n')
            .Append(Header("Content-MD5")).Append('\n')
            .Append(Header("Content-Type")).Append('\n')
            .Append('\n') // Date: empty because x-ms-date is sent
            .Append(Header("If-Modified-Since")).Append('\n')
            .Append(Header("If-Match")).Append('\n')
            .Append(Header("If-None-Match")).Append('\n')
            .Append(Header("If-Unmodified-Since")).Append('\n')
            .Append(Header("Range")).Append('\n');
        foreach (var header in request.Headers
                     .Where(h => h.Name.StartsWith("x-ms-", StringComparison.OrdinalIgnoreCase))
                     .Select(h => (Name: h.Name.ToLowerInvariant(), h.Value))
                     .OrderBy(h => h.Name, StringComparer.Ordinal))
        {
            builder.Append(header.Name).Append(':').Append(header.Value.Trim()).Append('\n');
        }
        builder.Append('/').Append(credential.AccountName).Append(uri.AbsolutePath);
        foreach (var group in QueryParameters(uri).GroupBy(p => p.Name).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            builder.Append('\n').Append(group.Key).Append(':')
                .Append(string.Join(',', group.Select(p => p.Value).Order(StringComparer.Ordinal)));
        }
        return builder.ToString();
    }

    private static IEnumerable<(string Name, string Value)> QueryParameters(Uri uri) =>
        uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Select(kv => (Uri.UnescapeDataString(kv[0]).ToLowerInvariant(), kv.Length > 1 ? Uri.UnescapeDataString(kv[1]) : string.Empty));
}

public enum StorageService
{
    Blob,
    Queue,
    Table,
}
