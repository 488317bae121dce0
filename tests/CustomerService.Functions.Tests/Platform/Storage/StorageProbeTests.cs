using CustomerService.Functions.Platform.Storage;
using CustomerService.Functions.Tests.Support;

namespace CustomerService.Functions.Tests.Platform.Storage;

public sealed class StorageProbeTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    private static StorageProbe ProbeOf(ScriptedServer server, ManualTimeProvider clock)
    {
        var endpoint = $"{server.Address}devstoreaccount1";
        var connection = StorageConnection.Parse($"AccountName=devstoreaccount1;AccountKey={StorageConnection.DevelopmentAccountKey};" +
            $"BlobEndpoint={endpoint};QueueEndpoint={endpoint};TableEndpoint={endpoint}");
        return new StorageProbe(new ServiceCollection().AddSingleton(connection).BuildServiceProvider(), clock);
    }

    [Fact]
    public async Task Calls_within_the_freshness_window_share_one_probe()
    {
        await using var server = await ScriptedServer.StartAsync();
        var probe = ProbeOf(server, new ManualTimeProvider(Start));

        var results = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => probe.CheckAsync(CancellationToken.None)));
        await probe.CheckAsync(CancellationToken.None);

        Assert.All(results, r => Assert.Equal("ok", r["queues"]));
        Assert.Equal(3, server.RequestCount); // one list call per service, once
    }

    [Fact]
    public async Task After_the_window_a_new_probe_runs()
    {
        await using var server = await ScriptedServer.StartAsync();
        var clock = new ManualTimeProvider(Start);
        var probe = ProbeOf(server, clock);
        await probe.CheckAsync(CancellationToken.None);

        clock.AdvanceTo(Start + StorageProbe.FreshFor);
        var second = await probe.CheckAsync(CancellationToken.None);

        Assert.Equal(6, server.RequestCount);
        Assert.Equal("ok", second["tables"]);
    }

    [Fact]
    public async Task A_failing_service_is_named_with_its_status_and_code()
    {
        await using var server = await ScriptedServer.StartAsync(503, 503, 503);
        var probe = ProbeOf(server, new ManualTimeProvider(Start));

        var result = await probe.CheckAsync(CancellationToken.None);

        Assert.All(result.Values, v => Assert.Equal("error 503 ServerBusy", v));
    }

    [Fact]
    public async Task Missing_configuration_is_reported_not_thrown()
    {
        var services = new ServiceCollection()
            .AddSingleton<StorageConnection>(_ => throw new InvalidOperationException("No storage configured"))
            .BuildServiceProvider();
        var probe = new StorageProbe(services, new ManualTimeProvider(Start));

        var result = await probe.CheckAsync(CancellationToken.None);

        Assert.All(result.Values, v => Assert.Equal("not configured", v));
    }
}
