using Azure;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Tests.Platform.Storage.Tables;

public sealed class TableTransactionTests
{
    private static TableTransactionAction Add(string partition, string row, int value = 0) =>
        new(TableTransactionActionType.Add, new TableEntity(partition, row) { ["V"] = value });

    [Fact]
    public async Task Every_action_type_commits_and_returns_etags()
    {
        var table = await TestTables.NewAsync();
        var toUpdate = await table.AddEntityAsync(new TableEntity("p", "update") { ["V"] = 1, ["Keep"] = "k" });
        await table.AddEntityAsync(new TableEntity("p", "replace") { ["V"] = 1, ["Drop"] = "d" });
        var toDelete = await table.AddEntityAsync(new TableEntity("p", "delete"));
        await table.AddEntityAsync(new TableEntity("p", "upsert") { ["Keep"] = "k" });

        var results = await table.SubmitTransactionAsync([
            Add("p", "add", 1),
            new(TableTransactionActionType.UpsertMerge, new TableEntity("p", "upsert") { ["V"] = 2 }),
            new(TableTransactionActionType.UpsertReplace, new TableEntity("p", "new") { ["V"] = 3 }),
            new(TableTransactionActionType.UpdateMerge, new TableEntity("p", "update") { ["V"] = 4 }, toUpdate),
            new(TableTransactionActionType.UpdateReplace, new TableEntity("p", "replace") { ["V"] = 5 }),
            new(TableTransactionActionType.Delete, new TableEntity("p", "delete"), toDelete),
        ]);

        Assert.Equal(6, results.Count);
        Assert.Equal([0, 1, 2, 3, 4, 5], results.Select(r => r.Index));
        Assert.All(results, r => Assert.InRange(r.Status, 200, 299));
        Assert.All(results.Take(5), r => Assert.NotNull(r.ETag));
        var added = await table.GetEntityAsync("p", "add");
        Assert.Equal(results[0].ETag, added.ETag);
        Assert.Equal("k", (await table.GetEntityAsync("p", "upsert")).GetString("Keep"));
        Assert.Equal("k", (await table.GetEntityAsync("p", "update")).GetString("Keep"));
        Assert.Equal(4, (await table.GetEntityAsync("p", "update")).GetInt32("V"));
        Assert.False((await table.GetEntityAsync("p", "replace")).ContainsKey("Drop"));
        Assert.Null(await table.GetEntityIfExistsAsync("p", "delete"));
    }

    [Fact]
    public async Task Conflict_in_the_fifth_operation_rolls_back_all_and_names_index_four()
    {
        var table = await TestTables.NewAsync();
        await table.AddEntityAsync(new TableEntity("лс", "запись-4") { ["V"] = -1 });
        var actions = Enumerable.Range(0, 8).Select(i => Add("лс", $"запись-{i}", i)).ToList();

        var error = await Assert.ThrowsAsync<TableTransactionFailedException>(() => table.SubmitTransactionAsync(actions));

        Assert.Equal(4, error.FailedIndex);
        Assert.Same(actions[4], error.FailedAction);
        Assert.Equal(409, error.Status);
        Assert.Equal(TableErrorCodes.EntityAlreadyExists, error.ErrorCode);
        Assert.IsAssignableFrom<RequestFailedException>(error);
        var stored = await TestTables.ToListAsync(table.QueryAsync());
        Assert.Equal(["запись-4"], stored.Select(e => e.RowKey));
        Assert.Equal(-1, stored[0].GetInt32("V"));
    }

    [Fact]
    public async Task Stale_etag_inside_a_transaction_fails_that_operation_with_412()
    {
        var table = await TestTables.NewAsync();
        var stale = await table.AddEntityAsync(new TableEntity("p", "r") { ["V"] = 1 });
        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["V"] = 2 });

        var error = await Assert.ThrowsAsync<TableTransactionFailedException>(() => table.SubmitTransactionAsync([
            Add("p", "other"),
            new(TableTransactionActionType.Delete, new TableEntity("p", "r"), stale),
        ]));

        Assert.Equal(1, error.FailedIndex);
        Assert.Equal(412, error.Status);
        Assert.Equal(TableErrorCodes.UpdateConditionNotSatisfied, error.ErrorCode);
        Assert.Null(await table.GetEntityIfExistsAsync("p", "other"));
    }

    [Fact]
    public async Task Cyrillic_and_quoted_keys_work_in_a_transaction()
    {
        var table = await TestTables.NewAsync();
        await table.AddEntityAsync(new TableEntity("Иванов 'ИП'", "д'Артаньян") { ["V"] = 1 });

        await table.SubmitTransactionAsync([
            new(TableTransactionActionType.UpsertMerge, new TableEntity("Иванов 'ИП'", "д'Артаньян") { ["Имя"] = "Шарль" }),
            Add("Иванов 'ИП'", "Портос"),
        ]);

        var read = await table.GetEntityAsync("Иванов 'ИП'", "д'Артаньян");
        Assert.Equal("Шарль", read.GetString("Имя"));
        Assert.Equal(1, read.GetInt32("V"));
        Assert.NotNull(await table.GetEntityIfExistsAsync("Иванов 'ИП'", "Портос"));
    }

    [Fact]
    public async Task Invalid_transactions_fail_before_any_request()
    {
        var counter = new RequestCounter();
        var table = await TestTables.NewAsync(counter.Options());
        var sentBefore = counter.Count;

        var tooMany = Enumerable.Range(0, 101).Select(i => Add("p", $"r{i}")).ToList();
        var twoPartitions = new List<TableTransactionAction> { Add("p", "1"), Add("q", "2") };
        var duplicateRow = new List<TableTransactionAction> { Add("p", "1"), new(TableTransactionActionType.Delete, new TableEntity("p", "1")) };
        var tooLarge = Enumerable.Range(0, 100)
            .Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", $"r{i}") { ["Blob"] = new byte[60 * 1024] }))
            .ToList();

        var errors = new[]
        {
            await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitTransactionAsync(tooMany)),
            await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitTransactionAsync(twoPartitions)),
            await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitTransactionAsync(duplicateRow)),
            await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitTransactionAsync(tooLarge)),
            await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitTransactionAsync([])),
        };

        Assert.Contains("101", errors[0].Message);
        Assert.Contains("partition key", errors[1].Message);
        Assert.Contains("row key '1'", errors[2].Message);
        Assert.Contains("4 MiB", errors[3].Message);
        Assert.Equal(sentBefore, counter.Count);
        Assert.Empty(await TestTables.ToListAsync(table.QueryAsync()));
    }

    [Fact]
    public async Task A_full_hundred_operation_transaction_commits()
    {
        var table = await TestTables.NewAsync();
        var results = await table.SubmitTransactionAsync(Enumerable.Range(0, 100).Select(i => Add("p", $"r{i:D3}", i)).ToList());
        Assert.Equal(100, results.Count);
        Assert.Equal(100, (await TestTables.ToListAsync(table.QueryAsync())).Count);
    }
}
