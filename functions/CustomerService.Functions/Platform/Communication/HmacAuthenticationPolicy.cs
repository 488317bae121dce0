using System.Globalization;
using Azure.Core;
using Azure.Core.Pipeline;

namespace CustomerService.Functions.Platform.Communication;

/// <summary>
/// Signs every attempt (a per-retry policy, so each retry carries a fresh date) with the ACS access
/// key: <c>x-ms-date</c>, <c>x-ms-content-sha256</c> and <c>Authorization: HMAC-SHA256 …</c>.
/// </summary>
public sealed class HmacAuthenticationPolicy(string accessKey, TimeProvider time) : HttpPipelinePolicy
{
    private readonly string _accessKey = ValidKey(accessKey);

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Sign(message, BodyBytes(message.Request, CancellationToken.None));
        ProcessNext(message, pipeline);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Sign(message, BodyBytes(message.Request, message.CancellationToken));
        await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
    }

    private void Sign(HttpMessage message, byte[] body)
    {
        var request = message.Request;
        var date = time.GetUtcNow().ToString("r", CultureInfo.InvariantCulture);
        var contentHash = AcsHmac.ContentHash(body);
        var uri = request.Uri.ToUri();
        var stringToSign = AcsHmac.StringToSign(request.Method.Method, uri.PathAndQuery, date, uri.Authority, contentHash);
        request.Headers.SetValue("x-ms-date", date);
        request.Headers.SetValue("x-ms-content-sha256", contentHash);
        request.Headers.SetValue("Authorization", AcsHmac.AuthorizationHeader(AcsHmac.Sign(_accessKey, stringToSign)));
    }

    /// <summary>Our request bodies are small JSON documents held in memory, so hashing them by writing them out is cheap.</summary>
    private static byte[] BodyBytes(Request request, CancellationToken cancellationToken)
    {
        if (request.Content is null) return [];
        using var buffer = new MemoryStream();
        request.Content.WriteTo(buffer, cancellationToken);
        return buffer.ToArray();
    }

    private static string ValidKey(string key)
    {
        Span<byte> bytes = stackalloc byte[key.Length];
        return Convert.TryFromBase64String(key, bytes, out var written) && written > 0
            ? key
            : throw new ArgumentException("The ACS access key must be base64 (the resource's primary or secondary key).", nameof(accessKey));
    }
}
