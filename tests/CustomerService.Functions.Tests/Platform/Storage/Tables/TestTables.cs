using Azure.Core;
using Azure.Core.Pipeline;
using CustomerService.Functions.Platform.Storage;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Tests.Platform.Storage.Tables;

/// <summary>Fresh tables in the test Azurite, and a request counter to prove a call never reached the wire.</summary>
internal static class TestTables
{
    public static async Task<TableClient> NewAsync(StorageClientOptions? options = null)
    {
        var table = new TableServiceClient(StorageTestAccount.Connection, options).GetTableClient(StorageTestAccount.UniqueName("t"));
        Assert.True(await table.CreateIfNotExistsAsync());
        return table;
    }

    public static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items) list.Add(item);
        return list;
    }
}

internal sealed class RequestCounter : HttpPipelineSynchronousPolicy
{
    private int _count;

    public int Count => _count;

    public override void OnSendingRequest(HttpMessage message) => Interlocked.Increment(ref _count);

    public StorageClientOptions Options()
    {
        var options = new StorageClientOptions();
        options.AddPolicy(this, HttpPipelinePosition.PerCall);
        return options;
    }
}
