using Azure;
using Azure.Core;

namespace CustomerService.Functions.Platform.Storage;

/// <summary>
/// Answers "can we reach storage?" for /api/health with the cheapest authenticated call per
/// service (list one item), so a wrong key, a stopped emulator or a missing role shows up.
/// </summary>
public sealed class StorageProbe
{
    private readonly IServiceProvider _services;
    private readonly Lazy<(StoragePipeline Blob, StoragePipeline Queue, StoragePipeline Table)> _pipelines;

    public StorageProbe(IServiceProvider services)
    {
        _services = services;
        _pipelines = new(() =>
        {
            var connection = _services.GetRequiredService<StorageConnection>();
            var options = new StorageClientOptions();
            options.Retry.MaxRetries = 0; // health must answer fast and tell the truth
            options.Retry.NetworkTimeout = TimeSpan.FromSeconds(5);
            return (new StoragePipeline(connection, StorageService.Blob, options),
                new StoragePipeline(connection, StorageService.Queue, options),
                new StoragePipeline(connection, StorageService.Table, options));
        });
    }

    public async Task<IReadOnlyDictionary<string, string>> CheckAsync(CancellationToken cancellationToken)
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
            ProbeAsync(blob, new Uri(connection.BlobEndpoint + "?comp=list&maxresults=1"), cancellationToken),
            ProbeAsync(queue, new Uri(connection.QueueEndpoint + "?comp=list&maxresults=1"), cancellationToken),
            ProbeAsync(table, new Uri(connection.TableEndpoint.ToString().TrimEnd('/') + "/Tables?$top=1"), cancellationToken));
        return new Dictionary<string, string> { ["blobs"] = checks[0], ["queues"] = checks[1], ["tables"] = checks[2] };
    }

    private static async Task<string> ProbeAsync(StoragePipeline pipeline, Uri uri, CancellationToken cancellationToken)
    {
        using var message = pipeline.CreateMessage(RequestMethod.Get, uri);
        message.Request.Headers.SetValue("Accept", "application/json;odata=nometadata");
        try
        {
            await pipeline.SendAsync(message, cancellationToken);
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
