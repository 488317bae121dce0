using Azure;
using Azure.Core;

namespace CustomerService.Functions.Platform.Storage;

/// <summary>
/// Answers "can we reach storage?" for /api/health with the cheapest authenticated call per
/// service (list one item), so a wrong key, a stopped emulator or a missing role shows up.
/// One probe serves every caller for <see cref="FreshFor"/>: health checks from load balancers
/// and monitors must not multiply into storage traffic.
/// </summary>
public sealed class StorageProbe
{
    public static readonly TimeSpan FreshFor = TimeSpan.FromSeconds(5);
    private readonly IServiceProvider _services;
    private readonly TimeProvider _clock;
    private readonly Lazy<(StoragePipeline Blob, StoragePipeline Queue, StoragePipeline Table)> _pipelines;
    private readonly Lock _gate = new();
    private (Task<IReadOnlyDictionary<string, string>> Check, DateTimeOffset StartedAt)? _last;

    public StorageProbe(IServiceProvider services, TimeProvider clock)
    {
        _services = services;
        _clock = clock;
        _pipelines = new(() =>
        {
            var connection = _services.GetRequiredService<StorageConnection>();
            var options = new StorageClientOptions();
            options.Retry.MaxRetries = 0; // health must answer fast and tell the truth
            options.Retry.NetworkTimeout = TimeSpan.FromSeconds(5);
            // A probe needs no request logs or traces; skipping them keeps the first health check fast.
            options.Diagnostics.IsLoggingEnabled = false;
            options.Diagnostics.IsDistributedTracingEnabled = false;
            return (new StoragePipeline(connection, StorageService.Blob, options),
                new StoragePipeline(connection, StorageService.Queue, options),
                new StoragePipeline(connection, StorageService.Table, options));
        });
    }

    /// <summary>The state of each service: "ok", "unreachable", "not configured" or "error {status} {code}".</summary>
    public Task<IReadOnlyDictionary<string, string>> CheckAsync(CancellationToken cancellationToken)
    {
        Task<IReadOnlyDictionary<string, string>> check;
        lock (_gate)
        {
            var now = _clock.GetUtcNow();
            if (_last is not { } last || (last.Check.IsCompleted && now - last.StartedAt >= FreshFor))
            {
                // Not tied to one caller's token: other callers share this probe.
                _last = (ProbeAllAsync(), now);
            }
            check = _last.Value.Check;
        }
        return check.WaitAsync(cancellationToken);
    }

    private async Task<IReadOnlyDictionary<string, string>> ProbeAllAsync()
    {
        StorageConnection connection;
        try
        {
            connection = _services.GetRequiredService<StorageConnection>();
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException)
        {
            return new Dictionary<string, string> { ["blobs"] = "not configured", ["queues"] = "not configured", ["tables"] = "not configured" };
        }
        var (blob, queue, table) = _pipelines.Value;
        var checks = await Task.WhenAll(
            ProbeAsync(blob, new Uri(connection.BlobEndpoint + "?comp=list&maxresults=1")),
            ProbeAsync(queue, new Uri(connection.QueueEndpoint + "?comp=list&maxresults=1")),
            ProbeAsync(table, new Uri(connection.TableEndpoint.ToString().TrimEnd('/') + "/Tables?$top=1"))).ConfigureAwait(false);
        return new Dictionary<string, string> { ["blobs"] = checks[0], ["queues"] = checks[1], ["tables"] = checks[2] };
    }

    private static async Task<string> ProbeAsync(StoragePipeline pipeline, Uri uri)
    {
        using var message = pipeline.CreateMessage(RequestMethod.Get, uri);
        message.Request.Headers.SetValue("Accept", "application/json;odata=nometadata");
        try
        {
            await pipeline.SendAsync(message, CancellationToken.None).ConfigureAwait(false);
            return "ok";
        }
        catch (RequestFailedException e)
        {
            return e.Status == 0 ? "unreachable" : $"error {e.Status} {e.ErrorCode}";
        }
        catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException)
        {
            return "unreachable";
        }
    }
}

/// <summary>
/// Starts the first probe before anything else starts (Kestrel included), on a pool thread, so
/// connections and code paths are warm when the first request (often the host's or a
/// monitor's health check) arrives. Never delays start-up.
/// </summary>
public sealed class StorageWarmUp(StorageProbe probe) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        _ = Task.Run(() => probe.CheckAsync(CancellationToken.None), CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
