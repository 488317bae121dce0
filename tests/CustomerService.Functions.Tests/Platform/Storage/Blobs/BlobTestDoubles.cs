using System.Collections.Concurrent;
using System.Net;
using Azure.Core;
using Azure.Core.Pipeline;

namespace CustomerService.Functions.Tests.Platform.Storage.Blobs;

/// <summary>Records "METHOD path?query" of every request the pipeline sends (retries included).</summary>
internal sealed class RequestLog : HttpPipelineSynchronousPolicy
{
    public ConcurrentQueue<string> Requests { get; } = new();

    public override void OnSendingRequest(HttpMessage message) =>
        Requests.Enqueue($"{message.Request.Method} {message.Request.Uri.ToUri().PathAndQuery}");

    public int Count(string method, string queryPart) =>
        Requests.Count(r => r.StartsWith(method + " ", StringComparison.Ordinal) && r.Contains(queryPart, StringComparison.Ordinal));
}

/// <summary>A stream that only reads forward and does not know its length, like a request body.</summary>
internal sealed class ForwardOnlyStream(byte[] data) : Stream
{
    private readonly MemoryStream _inner = new(data);
    public int LargestRead { get; private set; }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        // Hand out at most 64 KiB per call, as a network stream would.
        var read = _inner.Read(buffer, offset, Math.Min(count, 64 * 1024));
        LargestRead = Math.Max(LargestRead, read);
        return read;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

/// <summary>A clock stopped at a chosen instant.</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;
    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>An Entra ID credential that hands out a fixed token, for tests that never reach Azure.</summary>
internal sealed class StaticTokenCredential : TokenCredential
{
    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        new("test-token", DateTimeOffset.UtcNow.AddHours(1));

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}

/// <summary>Answers every request with one canned response and keeps what was sent.</summary>
internal sealed class CannedHandler(HttpStatusCode status, string body) : HttpMessageHandler
{
    public List<(HttpRequestMessage Request, string Body)> Received { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var sent = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        Received.Add((request, sent));
        return new HttpResponseMessage(status) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/xml") };
    }
}
