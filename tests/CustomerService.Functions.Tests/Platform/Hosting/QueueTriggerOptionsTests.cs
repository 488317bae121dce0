using CustomerService.Functions.Platform.Hosting;
using CustomerService.Functions.Platform.Hosting.Standalone;
using CustomerService.Functions.Platform.Storage.Queues;
using CustomerService.Functions.Tests.Support;

namespace CustomerService.Functions.Tests.Platform.Hosting;

public sealed class QueueTriggerOptionsTests
{
    private static IConfiguration Settings(Dictionary<string, string?>? values = null) =>
        new ConfigurationBuilder().AddInMemoryCollection(values ?? []).Build();

    [Fact]
    public void Committed_host_json_is_read()
    {
        var options = new QueueTriggerOptions();

        options.Apply(Path.Combine(RepositoryRoot.Path, "functions", "host.json"), Settings());

        Assert.Equal(16, options.BatchSize);
        Assert.Equal(8, options.NewBatchThreshold);
        Assert.Equal(5, options.MaxDequeueCount);
        Assert.Equal(TimeSpan.FromSeconds(30), options.VisibilityTimeout);
        Assert.Equal(TimeSpan.FromSeconds(2), options.MaxPollingInterval);
        Assert.Equal(QueueMessageEncoding.Base64, options.MessageEncoding);
    }

    [Fact]
    public void The_handler_binary_ships_the_same_host_json()
    {
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "functions", "host.json")), File.ReadAllText(FunctionHosting.HostJsonPath));
    }

    [Fact]
    public void App_settings_override_host_json_as_the_host_does()
    {
        var options = new QueueTriggerOptions();

        options.Apply(Path.Combine(RepositoryRoot.Path, "functions", "host.json"), Settings(new()
        {
            ["AzureFunctionsJobHost:extensions:queues:batchSize"] = "4",
            ["AzureFunctionsJobHost:extensions:queues:messageEncoding"] = "none",
            ["AzureFunctionsJobHost:extensions:queues:visibilityTimeout"] = "00:01:00",
        }));

        Assert.Equal(4, options.BatchSize);
        Assert.Equal(QueueMessageEncoding.None, options.MessageEncoding);
        Assert.Equal(TimeSpan.FromMinutes(1), options.VisibilityTimeout);
        Assert.Equal(5, options.MaxDequeueCount);
    }

    [Fact]
    public void Missing_values_take_the_host_defaults()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "{\"version\":\"2.0\",\"extensions\":{\"queues\":{\"batchSize\":10}}}");
            var options = new QueueTriggerOptions();

            options.Apply(path, Settings());

            Assert.Equal(10, options.BatchSize);
            Assert.Equal(5, options.NewBatchThreshold); // batchSize / 2
            Assert.Equal(5, options.MaxDequeueCount);
            Assert.Equal(TimeSpan.Zero, options.VisibilityTimeout);
            Assert.Equal(TimeSpan.FromMinutes(1), options.MaxPollingInterval);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("batchSize", "33")]
    [InlineData("batchSize", "0")]
    [InlineData("maxDequeueCount", "x")]
    [InlineData("visibilityTimeout", "8.00:00:00")]
    [InlineData("messageEncoding", "utf16")]
    public void Invalid_values_are_refused(string key, string value)
    {
        var options = new QueueTriggerOptions();
        Assert.Throws<InvalidOperationException>(() =>
            options.Apply(Path.Combine(RepositoryRoot.Path, "functions", "host.json"), Settings(new() { [$"AzureFunctionsJobHost:extensions:queues:{key}"] = value })));
    }

    [Fact]
    public void Polling_backs_off_exponentially_up_to_the_maximum_and_resets()
    {
        var backoff = new PollingBackoff(TimeSpan.FromSeconds(1));

        var delays = Enumerable.Range(0, 6).Select(_ => backoff.NextDelay().TotalMilliseconds).ToList();
        backoff.Reset();

        Assert.Equal([100, 200, 400, 800, 1000, 1000], delays);
        Assert.Equal(100, backoff.NextDelay().TotalMilliseconds);
    }
}
