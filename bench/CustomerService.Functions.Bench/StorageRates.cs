using CustomerService.Functions.Platform.Storage;
using CustomerService.Functions.Platform.Storage.Queues;

namespace CustomerService.Functions.Bench;

/// <summary>Raw storage rates through our own clients: the yardsticks later features are compared to.</summary>
public static class StorageRates
{
    public const int Concurrency = 16;

    public static async Task RunAsync(BenchOptions options, BenchReport report)
    {
        var connection = StorageConnection.Parse(options.StorageConnection);
        var queue = new QueueServiceClient(connection).GetQueueClient("bench-" + Guid.NewGuid().ToString("N")[..8]);
        await queue.CreateIfNotExistsAsync();
        var puts = options.Scale(4000);
        await queue.SendMessageAsync("warm-up");
        var putRate = await Measure.RateAsync(puts, Concurrency, i => queue.SendMessageAsync($"{{\"n\":{i}}}"));
        report.Add("storage", $"queue put, {Concurrency} concurrent callers", putRate, "puts/s");
    }
}
