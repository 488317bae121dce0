using System.Text.Json;
using System.Xml.Linq;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace CustomerService.Functions.Platform.Storage;

/// <summary>
/// The Azure.Core pipeline one storage service's client sends through: version header per call,
/// authentication per retry, and failures turned into <see cref="RequestFailedException"/> with
/// the service's status and error code.
/// </summary>
public sealed class StoragePipeline
{
    private const string StorageScope = "https://storage.azure.com/.default";
    private readonly HttpPipeline _pipeline;

    public StoragePipeline(StorageConnection connection, StorageService service, StorageClientOptions? options = null)
    {
        options ??= new StorageClientOptions();
        HttpPipelinePolicy auth = connection.SharedKey is { } key
            ? new SharedKeyAuthenticationPolicy(key, service)
            : new BearerTokenAuthenticationPolicy(connection.Token ?? throw new ArgumentException("No credential", nameof(connection)), StorageScope);
        _pipeline = HttpPipelineBuilder.Build(options, [new VersionPolicy(options.ServiceVersion)], [auth], new ResponseClassifier());
        Connection = connection;
    }

    public StorageConnection Connection { get; }

    public HttpMessage CreateMessage(RequestMethod method, Uri uri)
    {
        var message = _pipeline.CreateMessage();
        message.Request.Method = method;
        message.Request.Uri.Reset(uri);
        return message;
    }

    /// <summary>Sends and returns the response; throws <see cref="RequestFailedException"/> on any error status.</summary>
    public async Task<Response> SendAsync(HttpMessage message, CancellationToken cancellationToken)
    {
        await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        var response = message.Response;
        if (response.IsError) throw await StorageErrors.CreateAsync(response, cancellationToken).ConfigureAwait(false);
        return response;
    }

    /// <summary>
    /// Sends and returns the response whatever its status, for callers that expect an error status
    /// (e.g. 404 on a lookup) and would otherwise pay for a thrown exception on a hot path.
    /// </summary>
    public async Task<Response> SendUncheckedAsync(HttpMessage message, CancellationToken cancellationToken)
    {
        await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        return message.Response;
    }

    /// <summary>Like <see cref="SendAsync"/> but keeps the response stream open for the caller to read.</summary>
    public async Task<Response> SendStreamingAsync(HttpMessage message, CancellationToken cancellationToken)
    {
        message.BufferResponse = false;
        return await SendAsync(message, cancellationToken).ConfigureAwait(false);
    }

    private sealed class VersionPolicy(string version) : HttpPipelineSynchronousPolicy
    {
        public override void OnSendingRequest(HttpMessage message) => message.Request.Headers.SetValue("x-ms-version", version);
    }
}

/// <summary>Reads the storage error code and message from headers and the XML or JSON body.</summary>
public static class StorageErrors
{
    public static async Task<RequestFailedException> CreateAsync(Response response, CancellationToken cancellationToken)
    {
        response.Headers.TryGetValue("x-ms-error-code", out var code);
        var body = await ReadBodyAsync(response, cancellationToken).ConfigureAwait(false);
        var (bodyCode, bodyMessage) = ParseBody(body);
        code ??= bodyCode;
        var message = $"Storage request failed: {response.Status} {code ?? response.ReasonPhrase}. {bodyMessage}".Trim();
        return new RequestFailedException(response.Status, message, code, null);
    }

    private static async Task<string> ReadBodyAsync(Response response, CancellationToken cancellationToken)
    {
        if (response.ContentStream is null) return string.Empty;
        using var reader = new StreamReader(response.ContentStream);
        return await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
    }

    internal static (string? Code, string? Message) ParseBody(string body)
    {
        body = body.Trim();
        try
        {
            if (body.StartsWith('<'))
            {
                var root = XDocument.Parse(body).Root;
                return (root?.Element("Code")?.Value, root?.Element("Message")?.Value?.Split('\n')[0]);
            }
            if (body.StartsWith('{'))
            {
                using var json = JsonDocument.Parse(body);
                if (json.RootElement.TryGetProperty("odata.error", out var error))
                {
                    var message = error.TryGetProperty("message", out var m) && m.TryGetProperty("value", out var v) ? v.GetString() : null;
                    return (error.GetProperty("code").GetString(), message?.Split('\n')[0]);
                }
            }
        }
        catch (Exception e) when (e is JsonException or System.Xml.XmlException or KeyNotFoundException or InvalidOperationException)
        {
            // A malformed error body still yields the status and header code.
        }
        return (null, null);
    }
}
