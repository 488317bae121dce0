using System.Text.Json;
using CustomerService.Functions.Platform.Hosting.Catalogue;
using CustomerService.Functions.Platform.Hosting.PlatformFunctions;
using CustomerService.Functions.Platform.Hosting.Standalone;
using CustomerService.Functions.Platform.Storage.Queues;
using CustomerService.Functions.Tests.Platform.Storage;
using CustomerService.Functions.Tests.Support;
using Microsoft.Extensions.Hosting;

namespace CustomerService.Functions.Tests.Platform.Hosting;

/// <summary>The standalone queue trigger against a real Azurite, configured through host.json overrides.</summary>
public sealed class StandaloneQueueTriggerTests
{
    private const string Queues = "AzureFunctionsJobHost:extensions:queues:";
    private static readonly QueueServiceClient Base64Queues = new(StorageTestAccount.Connection);
    private static readonly QueueServiceClient RawQueues = new(StorageTestAccount.Connection, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None });

    private static async Task<QueueClient> NewQueueAsync()
    {
        var queue = Base64Queues.GetQueueClient(StorageTestAccount.UniqueName("t"));
        await queue.CreateIfNotExistsAsync();
        return queue;
    }

    private static Task<TestApp> StartAsync(Recorder recorder, string queueName, Dictionary<string, string?>? overrides = null, Action<WebApplicationBuilder>? configure = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = Azurite.ConnectionString,
            [Queues + "maxPollingInterval"] = "00:00:00.2",
        };
        foreach (var (key, value) in overrides ?? []) settings[Queues + key] = value;
        return TestApp.StartAsync(settings, builder =>
        {
            builder.Services.AddSingleton(recorder);
            builder.Services.AddQueueFunction<RecordingQueueFunction>("Recorded", queueName);
            configure?.Invoke(builder);
        });
    }

    private static async Task<int> CountAsync(QueueClient queue)
    {
        try
        {
            return await queue.GetApproximateMessageCountAsync();
        }
        catch (Azure.RequestFailedException e) when (e.Status == 404)
        {
            return 0;
        }
    }

    private static StandaloneTriggerRunner Runner(TestApp app) =>
        app.Services.GetServices<IHostedService>().OfType<StandaloneTriggerRunner>().Single();

    [Fact]
    public async Task Message_is_handled_once_and_deleted()
    {
        var queue = await NewQueueAsync();
        var recorder = new Recorder();
        await using var app = await StartAsync(recorder, queue.Name);

        var receipt = await queue.SendMessageAsync("{\"показание\":12345}");

        Assert.True(await Eventually.TrueAsync(async () => recorder.Completed == 1 && await CountAsync(queue) == 0));
        var invocation = Assert.Single(recorder.Queue);
        Assert.Equal("{\"показание\":12345}", invocation.MessageText);
        Assert.Equal(receipt.MessageId, invocation.MessageId);
        Assert.Equal(1, invocation.DequeueCount);
        Assert.Equal("Recorded", invocation.FunctionName);
    }

    [Fact]
    public async Task Failing_message_is_retried_after_the_visibility_timeout_then_moved_to_poison_with_its_text()
    {
        var queue = await NewQueueAsync();
        var poison = Base64Queues.GetQueueClient(queue.Name + "-poison");
        var times = new List<DateTimeOffset>();
        var recorder = new Recorder
        {
            OnQueue = (_, _) =>
            {
                lock (times) times.Add(DateTimeOffset.UtcNow);
                throw new InvalidOperationException("always fails");
            },
        };
        await using var app = await StartAsync(recorder, queue.Name, new() { ["maxDequeueCount"] = "3", ["visibilityTimeout"] = "00:00:01" });

        await queue.SendMessageAsync("жалоба <&> #1");

        Assert.True(await Eventually.TrueAsync(async () => await CountAsync(poison) == 1));
        Assert.Equal([1L, 2L, 3L], recorder.Queue.Select(i => i.DequeueCount));
        var poisoned = Assert.Single(await poison.PeekMessagesAsync(QueueClient.MaxMessagesPerReceive));
        Assert.Equal("жалоба <&> #1", poisoned.MessageText);
        Assert.True(await Eventually.TrueAsync(async () => await CountAsync(queue) == 0));
        // The retry waits out visibilityTimeout: the queue cannot show the message earlier.
        Assert.All(times.Zip(times.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromMilliseconds(900), $"retried after {pair.Second - pair.First}"));
    }

    [Fact]
    public async Task Undecodable_message_goes_straight_to_poison_byte_for_byte()
    {
        var queue = await NewQueueAsync();
        var recorder = new Recorder();
        await using var app = await StartAsync(recorder, queue.Name);

        await RawQueues.GetQueueClient(queue.Name).SendMessageAsync("not base64 ***");

        var poison = RawQueues.GetQueueClient(queue.Name + "-poison");
        Assert.True(await Eventually.TrueAsync(async () => await CountAsync(poison) == 1));
        Assert.Equal("not base64 ***", Assert.Single(await poison.PeekMessagesAsync()).RawText);
        Assert.Empty(recorder.Queue);
    }

    [Fact]
    public async Task Parallelism_is_batch_size_plus_new_batch_threshold()
    {
        var queue = await NewQueueAsync();
        for (var i = 0; i < 8; i++) await queue.SendMessageAsync($"m{i}");
        var gate = new SemaphoreSlim(0);
        var recorder = new Recorder { OnQueue = (_, ct) => gate.WaitAsync(ct) };
        await using var app = await StartAsync(recorder, queue.Name, new() { ["batchSize"] = "2", ["newBatchThreshold"] = "1" });

        // First batch: two messages, then no fetch while more than one runs.
        Assert.True(await Eventually.TrueAsync(() => recorder.Running == 2));
        gate.Release();
        // Down to one running: a new batch of two brings it to three, the limit.
        Assert.True(await Eventually.TrueAsync(() => recorder.Running == 3 && recorder.Queue.Count == 4));
        gate.Release(100);

        Assert.True(await Eventually.TrueAsync(async () => recorder.Completed == 8 && await CountAsync(queue) == 0));
        Assert.Equal(3, recorder.MaxRunning);
        Assert.Equal(8, recorder.Queue.Select(i => i.MessageText).Distinct().Count());
    }

    [Fact]
    public async Task Shutdown_stops_taking_messages_and_lets_the_running_one_finish()
    {
        var queue = await NewQueueAsync();
        var release = new TaskCompletionSource();
        var recorder = new Recorder { OnQueue = (_, _) => release.Task };
        await using var app = await StartAsync(recorder, queue.Name);
        await queue.SendMessageAsync("first");
        Assert.True(await Eventually.TrueAsync(() => recorder.Running == 1));

        var stopping = Runner(app).StopAsync(CancellationToken.None);
        await queue.SendMessageAsync("second");
        Assert.False(stopping.IsCompleted); // waits for the running invocation
        release.SetResult();
        await stopping;

        Assert.Equal(["first"], recorder.Queue.Select(i => i.MessageText));
        Assert.Equal(1, recorder.Completed);
        // "first" was deleted; "second" was never handled and is there for the next instance.
        Assert.True(await Eventually.TrueAsync(async () => (await queue.PeekMessagesAsync(32)).Select(m => m.MessageText).SequenceEqual(["second"])));
    }

    [Fact]
    public async Task Shutdown_timeout_cancels_the_invocation_and_keeps_its_message()
    {
        var queue = await NewQueueAsync();
        var cancelled = false;
        var recorder = new Recorder
        {
            OnQueue = async (_, ct) =>
            {
                try
                {
                    await Task.Delay(Timeout.Infinite, ct);
                }
                catch (OperationCanceledException)
                {
                    cancelled = true;
                    throw;
                }
            },
        };
        await using var app = await StartAsync(recorder, queue.Name);
        await queue.SendMessageAsync("long job");
        Assert.True(await Eventually.TrueAsync(() => recorder.Running == 1));

        using var shutdownTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        await Runner(app).StopAsync(shutdownTimeout.Token);

        Assert.True(cancelled);
        // Not deleted, not poisoned: visible again at once for another instance.
        var message = Assert.Single(await queue.PeekMessagesAsync(32));
        Assert.Equal("long job", message.MessageText);
        Assert.Equal(0, await CountAsync(Base64Queues.GetQueueClient(queue.Name + "-poison")));
    }

    [Fact]
    public async Task Long_invocation_keeps_its_message_hidden_by_renewing_the_lease()
    {
        var queue = await NewQueueAsync();
        var release = new TaskCompletionSource();
        var recorder = new Recorder { OnQueue = (_, _) => release.Task };
        await using var app = await StartAsync(recorder, queue.Name, configure: builder =>
            builder.Services.PostConfigure<QueueTriggerOptions>(o => o.MessageLease = TimeSpan.FromSeconds(2)));
        await queue.SendMessageAsync("slow");
        Assert.True(await Eventually.TrueAsync(() => recorder.Running == 1));

        // Without renewal the message would be visible again after 2 s and be delivered a second time.
        Assert.False(await Eventually.TrueAsync(() => recorder.Queue.Count > 1, TimeSpan.FromSeconds(5)));
        release.SetResult();

        // Deleting needs the pop receipt of the latest renewal.
        Assert.True(await Eventually.TrueAsync(async () => recorder.Completed == 1 && await CountAsync(queue) == 0));
        Assert.Single(recorder.Queue);
    }

    [Fact]
    public async Task Ping_round_trip_in_standalone_mode()
    {
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = Azurite.ConnectionString,
            [Queues + "maxPollingInterval"] = "00:00:00.2",
        });
        var id = Guid.NewGuid().ToString("N");
        var ping = Base64Queues.GetQueueClient(PingFunction.QueueName);
        await ping.CreateIfNotExistsAsync();

        await ping.SendMessageAsync(JsonSerializer.Serialize(new Ping(id, DateTimeOffset.UtcNow), PingJson.Options));

        var pong = await PongQueue.WaitForAsync(id);
        Assert.Equal("standalone", pong.Mode);
    }
}
