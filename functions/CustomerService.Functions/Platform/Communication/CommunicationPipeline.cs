using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace CustomerService.Functions.Platform.Communication;

/// <summary>
/// The Azure.Core pipeline our SMS and e-mail clients send through: retries (per call), then
/// signing (per retry), and failures turned into <see cref="CommunicationException"/>.
/// </summary>
public sealed class CommunicationPipeline
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };
    private readonly HttpPipeline _pipeline;

    public CommunicationPipeline(CommunicationConnection connection, CommunicationClientOptions? options = null)
    {
        Options = options ?? new CommunicationClientOptions();
        HttpPipelinePolicy auth = connection.AccessKey is { } key
            ? new HmacAuthenticationPolicy(key, Options.Time)
            : new BearerTokenAuthenticationPolicy(connection.Token ?? throw new ArgumentException("No credential", nameof(connection)), CommunicationConnection.TokenScope);
        _pipeline = HttpPipelineBuilder.Build(Options, [], [auth], new ResponseClassifier());
        Endpoint = connection.Endpoint;
    }

    public Uri Endpoint { get; }

    public CommunicationClientOptions Options { get; }

    public HttpMessage CreateMessage(RequestMethod method, string pathAndQuery)
    {
        var message = _pipeline.CreateMessage();
        message.Request.Method = method;
        message.Request.Uri.Reset(new Uri(Endpoint, pathAndQuery));
        return message;
    }

    public static void SetJsonBody<T>(HttpMessage message, T body)
    {
        message.Request.Headers.SetValue("Content-Type", "application/json");
        message.Request.Content = RequestContent.Create(JsonSerializer.SerializeToUtf8Bytes(body, Json));
    }

    /// <summary>Sends and returns the response; throws <see cref="CommunicationException"/> on any error status.</summary>
    public async Task<Response> SendAsync(HttpMessage message, CancellationToken cancellationToken)
    {
        await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        var response = message.Response;
        if (response.IsError) throw Error(response, Options.Time);
        return response;
    }

    public static T Read<T>(Response response) =>
        JsonSerializer.Deserialize<T>(response.Content.ToMemory().Span, Json) ?? throw new InvalidOperationException("ACS answered with an empty body.");

    /// <summary>Seconds or an HTTP date, as RFC 9110 allows; also ACS's <c>retry-after-ms</c>.</summary>
    public TimeSpan? RetryAfter(Response response) => RetryAfter(response, Options.Time);

    private static TimeSpan? RetryAfter(Response response, TimeProvider time)
    {
        if (response.Headers.TryGetValue("retry-after-ms", out var ms) && double.TryParse(ms, NumberStyles.Float, CultureInfo.InvariantCulture, out var milliseconds))
            return TimeSpan.FromMilliseconds(milliseconds);
        if (!response.Headers.TryGetValue("Retry-After", out var value)) return null;
        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)) return TimeSpan.FromSeconds(seconds);
        if (!DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)) return null;
        var wait = at - time.GetUtcNow();
        return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
    }

    /// <summary>ACS errors are <c>{"error":{"code":…,"message":…}}</c>; a malformed body still yields the status.</summary>
    private static CommunicationException Error(Response response, TimeProvider time)
    {
        string? code = null, text = null;
        try
        {
            using var json = JsonDocument.Parse(response.Content.ToMemory());
            if (json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
            {
                code = error.TryGetProperty("code", out var c) ? c.GetString() : null;
                text = error.TryGetProperty("message", out var m) ? m.GetString() : null;
            }
        }
        catch (JsonException)
        {
            // Not JSON (a gateway's HTML page): the status is enough.
        }
        var message = $"ACS request failed: {response.Status} {code ?? response.ReasonPhrase}. {text}".Trim();
        return new CommunicationException(response.Status, message, code, RetryAfter(response, time));
    }
}
