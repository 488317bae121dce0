using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CustomerService.Functions.Tests.Support.FakeAcs;

/// <summary>
/// A stand-in Azure Communication Services resource on a loopback port, over real HTTP: checks
/// every request's HMAC signature, serves SMS send, e-mail send and e-mail
/// operation polling, sends each message at most once per repeatability id / Operation-Id (as
/// ACS does), records what it sent, and injects faults on demand (<see cref="Inject"/>).
/// </summary>
public sealed class FakeAcsServer : IAsyncDisposable
{
    /// <summary>The fake resource's access key (base64, like a real one).</summary>
    public const string AccessKey = "ZmFrZS1hY3MtYWNjZXNzLWtleS1mb3ItdGVzdHMtb25seS0wMDE=";

    private readonly WebApplication _app;
    private readonly object _sendGate = new();
    private readonly ConcurrentQueue<FakeAcsFault> _faults = new();
    private readonly ConcurrentDictionary<string, FakeSms> _smsByRepeatability = new();
    private readonly ConcurrentDictionary<string, FakeEmail> _emailsByOperation = new();
    private readonly ConcurrentDictionary<string, int> _polls = new();
    private readonly ConcurrentDictionary<string, int> _recipientFailures = new();
    private readonly ConcurrentQueue<FakeSms> _sms = new();
    private readonly ConcurrentQueue<FakeEmail> _emails = new();
    private int _requests;
    private int _rejectedSignatures;

    private FakeAcsServer(WebApplication app) => _app = app;

    public Uri Endpoint { get; private set; } = null!;

    /// <summary>The fake's clock for the <c>x-ms-date</c> skew check.</summary>
    public Func<DateTimeOffset> Now { get; set; } = () => DateTimeOffset.UtcNow;

    /// <summary>Answer to a repeated <c>Operation-Id</c>: 202 with the first operation (default) or e.g. 409.</summary>
    public int RepeatedOperationStatus { get; set; } = 202;

    /// <summary>How many status polls answer <c>Running</c> before an e-mail operation succeeds.</summary>
    public int EmailPollsBeforeDone { get; set; } = 1;

    public IReadOnlyList<FakeSms> Sms => _sms.ToList();
    public IReadOnlyList<FakeEmail> Emails => _emails.ToList();
    public int RequestCount => Volatile.Read(ref _requests);
    public int RejectedSignatures => Volatile.Read(ref _rejectedSignatures);

    public static async Task<FakeAcsServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeAcsServer(app);
        app.Run(server.AnswerAsync);
        await app.StartAsync();
        server.Endpoint = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
        return server;
    }

    /// <summary>Applies these faults, one per request, to the next requests.</summary>
    public void Inject(params FakeAcsFault[] faults)
    {
        foreach (var fault in faults) _faults.Enqueue(fault);
    }

    /// <summary>Every SMS to this number gets this per-recipient status (e.g. 400 for a bad number).</summary>
    public void FailRecipient(string to, int status) => _recipientFailures[to] = status;

    private async Task AnswerAsync(HttpContext context)
    {
        Interlocked.Increment(ref _requests);
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var body = buffer.ToArray();
        if (!IsAuthorized(context, body))
        {
            Interlocked.Increment(ref _rejectedSignatures);
            await ErrorAsync(context, 401, "Denied", "Denied by the fake: bad or missing signature.");
            return;
        }
        _faults.TryDequeue(out var fault);
        switch (fault)
        {
            case FakeAcsFault.Status status:
                if (status.RetryAfterSeconds is { } seconds) context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await ErrorAsync(context, status.Code, status.Code == 429 ? "TooManyRequests" : "InternalServerError", "Injected by the fake.");
                return;
            case FakeAcsFault.Hang:
                await UntilAbortedAsync(context);
                return;
        }
        var (statusCode, json) = Serve(context, body);
        if (fault is FakeAcsFault.AcceptThenHang)
        {
            await UntilAbortedAsync(context);
            return;
        }
        context.Response.StatusCode = statusCode;
        if (json is null) return;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(json.ToJsonString());
    }

    private bool IsAuthorized(HttpContext context, byte[] body) => FakeAcsSignature.Problem(context, body, AccessKey, Now()) is null;

    private (int Status, JsonNode? Body) Serve(HttpContext context, byte[] body)
    {
        var path = context.Request.Path.Value ?? "";
        if (context.Request.Method == "POST" && path == "/sms") return (202, SendSms(JsonNode.Parse(body)!));
        if (context.Request.Method == "POST" && path == "/emails:send") return SendEmail(context, JsonNode.Parse(body)!);
        if (context.Request.Method == "GET" && path.StartsWith("/emails/operations/", StringComparison.Ordinal))
            return PollEmail(context, path["/emails/operations/".Length..]);
        return (404, Error("NotFound", "No such route in the fake."));
    }

    private JsonNode SendSms(JsonNode request)
    {
        var from = request["from"]!.GetValue<string>();
        var text = request["message"]!.GetValue<string>();
        var tag = request["smsSendOptions"]?["tag"]?.GetValue<string>();
        var results = new JsonArray();
        foreach (var recipient in request["smsRecipients"]!.AsArray())
        {
            var to = recipient!["to"]!.GetValue<string>();
            if (_recipientFailures.TryGetValue(to, out var failure))
            {
                results.Add(new JsonObject { ["to"] = to, ["httpStatusCode"] = failure, ["successful"] = false, ["errorMessage"] = "Injected per-recipient failure." });
                continue;
            }
            var repeatability = recipient["repeatabilityRequestId"]?.GetValue<string>() ?? Guid.NewGuid().ToString();
            var firstSent = recipient["repeatabilityFirstSent"]?.GetValue<string>() ?? "";
            FakeSms sent;
            lock (_sendGate)
            {
                // Atomic check-and-send: ConcurrentDictionary.GetOrAdd may run its factory twice under a race.
                if (!_smsByRepeatability.TryGetValue(repeatability, out sent!))
                {
                    sent = new FakeSms($"Outgoing_{Guid.NewGuid():N}_noam", from, to, text, repeatability, firstSent, tag);
                    _smsByRepeatability[repeatability] = sent;
                    _sms.Enqueue(sent);
                }
            }
            results.Add(new JsonObject
            {
                ["to"] = to, ["messageId"] = sent.MessageId, ["httpStatusCode"] = 202, ["repeatabilityResult"] = "accepted", ["successful"] = true,
            });
        }
        return new JsonObject { ["value"] = results };
    }

    private (int, JsonNode?) SendEmail(HttpContext context, JsonNode request)
    {
        var operationId = context.Request.Headers["Operation-Id"].ToString();
        if (operationId.Length == 0) operationId = Guid.NewGuid().ToString();
        lock (_sendGate)
        {
            if (_emailsByOperation.ContainsKey(operationId) && RepeatedOperationStatus != 202)
                return (RepeatedOperationStatus, Error("Conflict", "An operation with this Operation-Id exists."));
            if (!_emailsByOperation.ContainsKey(operationId))
            {
                var content = request["content"]!;
                var email = new FakeEmail(operationId, request["senderAddress"]!.GetValue<string>(),
                    request["recipients"]!["to"]!.AsArray().Select(a => a!["address"]!.GetValue<string>()).ToList(),
                    content["subject"]!.GetValue<string>(), content["plainText"]?.GetValue<string>(), content["html"]?.GetValue<string>());
                _emailsByOperation[operationId] = email;
                _emails.Enqueue(email);
            }
        }
        context.Response.Headers["Operation-Location"] = $"{Endpoint}emails/operations/{operationId}?api-version={context.Request.Query["api-version"]}";
        return (202, new JsonObject { ["id"] = operationId, ["status"] = "Running" });
    }

    private (int, JsonNode?) PollEmail(HttpContext context, string operationId)
    {
        if (!_emailsByOperation.ContainsKey(operationId)) return (404, Error("NotFound", "Unknown operation."));
        var polls = _polls.AddOrUpdate(operationId, 1, (_, n) => n + 1);
        var done = polls > EmailPollsBeforeDone;
        if (!done) context.Response.Headers.RetryAfter = "1";
        return (200, new JsonObject { ["id"] = operationId, ["status"] = done ? "Succeeded" : "Running" });
    }

    private static JsonObject Error(string code, string message) => new() { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } };

    private static async Task ErrorAsync(HttpContext context, int status, string code, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(Error(code, message).ToJsonString());
    }

    /// <summary>Holds the request open until the client abandons it (its network timeout).</summary>
    private static async Task UntilAbortedAsync(HttpContext context)
    {
        var aborted = new TaskCompletionSource();
        await using var registration = context.RequestAborted.Register(() => aborted.TrySetResult());
        await aborted.Task;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
