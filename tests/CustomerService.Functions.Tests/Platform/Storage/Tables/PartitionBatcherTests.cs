using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Tests.Platform.Storage.Tables;

/// <summary>Idempotent writes batched per partition, against Azurite.</summary>
public sealed class PartitionBatcherTests
{
    [Fact]
    public async Task A_burst_of_inserts_into_a_few_partitions_lands_every_row_once()
    {
        var table = await TestTables.NewAsync();
        var batcher = new PartitionBatcher(table);

        var results = await Task.WhenAll(Enumerable.Range(0, 450).Select(i =>
            batcher.AddOnceAsync(new TableEntity($"p{i % 3}", $"r{i:D4}") { ["V"] = i }, CancellationToken.None)));

        Assert.All(results, Assert.True);
        var stored = new List<TableEntity>();
        await foreach (var row in table.QueryAsync()) stored.Add(row);
        Assert.Equal(450, stored.Count);
        Assert.Equal(150, stored.Count(r => r.PartitionKey == "p1"));
    }

    [Fact]
    public async Task An_insert_finding_its_row_and_a_delete_finding_none_are_answered_false_without_failing_the_others()
    {
        var table = await TestTables.NewAsync();
        await table.AddEntityAsync(new TableEntity("p", "exists") { ["V"] = "old" });
        await table.AddEntityAsync(new TableEntity("p", "to-delete"));
        var batcher = new PartitionBatcher(table);

        var again = batcher.AddOnceAsync(new TableEntity("p", "exists") { ["V"] = "new" }, CancellationToken.None);
        var fresh = batcher.AddOnceAsync(new TableEntity("p", "fresh"), CancellationToken.None);
        var twice = new[] { batcher.AddOnceAsync(new TableEntity("p", "twice"), CancellationToken.None), batcher.AddOnceAsync(new TableEntity("p", "twice"), CancellationToken.None) };
        var deleted = batcher.DeleteIfExistsAsync("p", "to-delete", CancellationToken.None);
        var missing = batcher.DeleteIfExistsAsync("p", "never-there", CancellationToken.None);

        Assert.False(await again);
        Assert.True(await fresh);
        Assert.Equal(1, (await Task.WhenAll(twice)).Count(applied => applied));
        Assert.True(await deleted);
        Assert.False(await missing);
        Assert.Equal("old", (await table.GetEntityAsync("p", "exists")).GetString("V"));
        Assert.NotNull(await table.GetEntityIfExistsAsync("p", "fresh"));
        Assert.NotNull(await table.GetEntityIfExistsAsync("p", "twice"));
        Assert.Null(await table.GetEntityIfExistsAsync("p", "to-delete"));
    }
}
