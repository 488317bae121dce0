using Azure;
using CustomerService.Functions.Platform.Storage;
using CustomerService.Functions.Platform.Storage.Queues;
using CustomerService.Functions.Tests.Support;

namespace CustomerService.Functions.Tests.Platform.Storage;

/// <summary>
/// The clients' retry behaviour against a local server that answers with scripted failures
/// before succeeding, over real HTTP.
/// </summary>
public sealed class StorageRetryTests
{
    [Theory]
    [InlineData(408)]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(503)]
    public async Task Transient_statuses_are_retried_until_success(int status)
    {
        await using var server = await ScriptedServer.StartAsync(status, status);

        var created = await QueueOn(server).CreateIfNotExistsAsync();

        Assert.True(created);
        Assert.Equal(3, server.Requests.Count);
        Assert.All(server.Requests, r => Assert.StartsWith("SharedKey devstoreaccount1:", r.Authorization));
        Assert.NotEqual(server.Requests[0].Date, string.Empty);
    }

    [Fact]
    public async Task Client_errors_are_not_retried_and_keep_their_code()
    {
        await using var server = await ScriptedServer.StartAsync(400);

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => QueueOn(server).CreateIfNotExistsAsync());

        Assert.Equal(400, error.Status);
        Assert.Equal("InvalidInput", error.ErrorCode);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Persistent_failure_gives_up_after_the_configured_retries()
    {
        await using var server = await ScriptedServer.StartAsync(Enumerable.Repeat(503, 10).ToArray());
        var options = new QueueClientOptions();
        options.Retry.MaxRetries = 2;
        options.Retry.Delay = TimeSpan.FromMilliseconds(1);

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => QueueOn(server, options).CreateIfNotExistsAsync());

        Assert.Equal(503, error.Status);
        Assert.Equal("ServerBusy", error.ErrorCode);
        Assert.Equal(3, server.Requests.Count);
    }

    private static QueueClient QueueOn(ScriptedServer server, QueueClientOptions? options = null)
    {
        options ??= new QueueClientOptions();
        options.Retry.Delay = TimeSpan.FromMilliseconds(1);
        var connection = StorageConnection.Parse(
            $"AccountName=devstoreaccount1;AccountKey={StorageConnection.DevelopmentAccountKey};QueueEndpoint={server.Address}devstoreaccount1");
        return new QueueServiceClient(connection, options).GetQueueClient("retried");
    }
}
