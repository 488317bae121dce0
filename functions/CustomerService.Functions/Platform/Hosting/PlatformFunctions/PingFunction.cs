using System.Text.Json;
using CustomerService.Functions.Platform.Hosting.Invocation;
using CustomerService.Functions.Platform.Storage.Queues;

namespace CustomerService.Functions.Platform.Hosting.PlatformFunctions;

/// <summary>
/// Dispatch round-trip check: a <see cref="Ping"/> put on <c>platform-ping</c> comes back as a
/// <see cref="Pong"/> on <c>platform-pong</c>, proving that queue triggers reach handler code in
/// this deployment (host → handler, or the standalone runner). Used by tests and smoke checks.
/// A malformed ping fails, so it also exercises retries and the poison queue.
/// </summary>
public sealed class PingFunction(QueueServiceClient queues, AppRuntime runtime, TimeProvider time) : IQueueFunction
{
    public const string FunctionName = "Ping";
    public const string QueueName = "platform-ping";
    public const string ReplyQueueName = "platform-pong";

    // Pongs are evidence for a check that runs now; never let unread ones pile up.
    private static readonly TimeSpan ReplyTimeToLive = TimeSpan.FromHours(1);

    public async Task RunAsync(QueueInvocation invocation, CancellationToken cancellationToken)
    {
        var ping = JsonSerializer.Deserialize<Ping>(invocation.MessageText, PingJson.Options)
            ?? throw new FormatException("A ping must be a JSON object.");
        if (string.IsNullOrWhiteSpace(ping.Id) || ping.Id.Length > 100) throw new FormatException("A ping needs an id of at most 100 characters.");
        var pong = new Pong(ping.Id, ping.SentAt, time.GetUtcNow(), invocation.DequeueCount, runtime.Mode.ToString().ToLowerInvariant());
        var replies = queues.GetQueueClient(ReplyQueueName);
        await replies.CreateIfNotExistsAsync(cancellationToken);
        await replies.SendMessageAsync(JsonSerializer.Serialize(pong, PingJson.Options), timeToLive: ReplyTimeToLive, cancellationToken: cancellationToken);
        invocation.Log.Write($"Ping {ping.Id} answered.");
    }
}

public sealed record Ping(string Id, DateTimeOffset? SentAt);

/// <param name="Mode">Who dispatched the ping: <c>hosted</c> or <c>standalone</c>.</param>
public sealed record Pong(string Id, DateTimeOffset? SentAt, DateTimeOffset HandledAt, long DequeueCount, string Mode);

public static class PingJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
