using Azure;
using CustomerService.Functions.Platform.Storage;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Tests.Platform.Storage.Tables;

public sealed class TableEntityTests
{
    [Fact]
    public async Task Create_is_idempotent_and_delete_reports_existence()
    {
        var service = new TableServiceClient(StorageTestAccount.Connection);
        var name = StorageTestAccount.UniqueName("t");
        Assert.True(await service.CreateTableIfNotExistsAsync(name));
        Assert.False(await service.CreateTableIfNotExistsAsync(name));
        Assert.True(await service.DeleteTableAsync(name));
        Assert.False(await service.DeleteTableAsync(name));
    }

    [Fact]
    public async Task Cyrillic_keys_and_values_round_trip()
    {
        var table = await TestTables.NewAsync();
        var entity = new TableEntity("Лицевой счёт 12-345", "Обращение №1 'срочно'")
        {
            ["Текст"] = "Жалоба на начисления за «отопление» & <воду>",
            ["Автор"] = "Пётр Ильич",
        };

        var etag = await table.AddEntityAsync(entity);
        var read = await table.GetEntityAsync("Лицевой счёт 12-345", "Обращение №1 'срочно'");

        Assert.Equal("Лицевой счёт 12-345", read.PartitionKey);
        Assert.Equal("Обращение №1 'срочно'", read.RowKey);
        Assert.Equal("Жалоба на начисления за «отопление» & <воду>", read.GetString("Текст"));
        Assert.Equal("Пётр Ильич", read.GetString("Автор"));
        Assert.Equal(etag, read.ETag);
        Assert.NotNull(read.Timestamp);
    }

    [Fact]
    public async Task Every_property_type_round_trips()
    {
        var table = await TestTables.NewAsync();
        var when = new DateTimeOffset(2026, 3, 15, 10, 30, 45, 123, TimeSpan.FromHours(3)).AddTicks(4567);
        var id = Guid.NewGuid();
        var entity = new TableEntity("p", "r")
        {
            ["Text"] = "значение",
            ["Flag"] = true,
            ["Small"] = -42,
            ["Large"] = long.MaxValue - 7,
            ["Whole"] = 2.0,
            ["Fraction"] = 3.14159,
            ["NotANumber"] = double.NaN,
            ["When"] = when,
            ["Id"] = id,
            ["Bytes"] = new byte[] { 0, 1, 2, 254, 255 },
        };

        await table.AddEntityAsync(entity);
        var read = await table.GetEntityAsync("p", "r");

        Assert.Equal("значение", read["Text"]);
        Assert.Equal(true, read["Flag"]);
        Assert.Equal(-42, read["Small"]);
        Assert.Equal(long.MaxValue - 7, read["Large"]);
        Assert.Equal(2.0, Assert.IsType<double>(read["Whole"]));
        Assert.Equal(3.14159, read["Fraction"]);
        Assert.True(double.IsNaN(Assert.IsType<double>(read["NotANumber"])));
        Assert.Equal(when, read.GetDateTimeOffset("When"));
        Assert.Equal(when.UtcTicks, read.GetDateTimeOffset("When")!.Value.UtcTicks);
        Assert.Equal(id, read.GetGuid("Id"));
        Assert.Equal(new byte[] { 0, 1, 2, 254, 255 }, read.GetBinary("Bytes"));
        Assert.Equal(10, read.Count);
    }

    [Fact]
    public async Task Inserting_existing_keys_is_a_typed_409()
    {
        var table = await TestTables.NewAsync();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["V"] = 1 });

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => table.AddEntityAsync(new TableEntity("p", "r") { ["V"] = 2 }));

        Assert.Equal(409, error.Status);
        Assert.Equal(TableErrorCodes.EntityAlreadyExists, error.ErrorCode);
        Assert.Equal(1, (await table.GetEntityAsync("p", "r")).GetInt32("V"));
    }

    [Fact]
    public async Task Update_with_a_stale_etag_is_a_412_and_changes_nothing()
    {
        var table = await TestTables.NewAsync();
        var first = await table.AddEntityAsync(new TableEntity("p", "r") { ["Status"] = "new" });
        var second = await table.UpdateEntityAsync(new TableEntity("p", "r") { ["Status"] = "assigned" }, first);
        Assert.NotEqual(first, second);

        var error = await Assert.ThrowsAsync<RequestFailedException>(() =>
            table.UpdateEntityAsync(new TableEntity("p", "r") { ["Status"] = "closed" }, first, TableUpdateMode.Replace));

        Assert.Equal(412, error.Status);
        Assert.Equal(TableErrorCodes.UpdateConditionNotSatisfied, error.ErrorCode);
        Assert.Equal("assigned", (await table.GetEntityAsync("p", "r")).GetString("Status"));
    }

    [Fact]
    public async Task Delete_with_a_stale_etag_is_a_412_and_with_the_current_one_succeeds()
    {
        var table = await TestTables.NewAsync();
        var first = await table.AddEntityAsync(new TableEntity("p", "r") { ["V"] = 1 });
        var current = await table.UpsertEntityAsync(new TableEntity("p", "r") { ["V"] = 2 });

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => table.DeleteEntityAsync("p", "r", first));
        Assert.Equal(412, error.Status);
        Assert.Equal(TableErrorCodes.UpdateConditionNotSatisfied, error.ErrorCode);

        await table.DeleteEntityAsync("p", "r", current);
        Assert.Null(await table.GetEntityIfExistsAsync("p", "r"));
    }

    [Fact]
    public async Task Unconditional_update_and_delete_use_etag_all()
    {
        var table = await TestTables.NewAsync();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["V"] = 1 });
        await table.UpdateEntityAsync(new TableEntity("p", "r") { ["V"] = 2 }, ETag.All);
        Assert.Equal(2, (await table.GetEntityAsync("p", "r")).GetInt32("V"));
        await table.DeleteEntityAsync("p", "r");
        Assert.Null(await table.GetEntityIfExistsAsync("p", "r"));
    }

    [Fact]
    public async Task Update_of_a_missing_entity_is_a_404_but_upsert_inserts()
    {
        var table = await TestTables.NewAsync();
        var error = await Assert.ThrowsAsync<RequestFailedException>(() => table.UpdateEntityAsync(new TableEntity("p", "r"), ETag.All));
        Assert.Equal(404, error.Status);

        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["V"] = 1 }, TableUpdateMode.Replace);
        Assert.Equal(1, (await table.GetEntityAsync("p", "r")).GetInt32("V"));
    }

    [Fact]
    public async Task Merge_keeps_other_properties_and_replace_drops_them()
    {
        var table = await TestTables.NewAsync();
        await table.AddEntityAsync(new TableEntity("p", "merge") { ["A"] = "a", ["B"] = "b" });
        await table.AddEntityAsync(new TableEntity("p", "replace") { ["A"] = "a", ["B"] = "b" });

        await table.UpsertEntityAsync(new TableEntity("p", "merge") { ["B"] = "b2", ["C"] = "c" }, TableUpdateMode.Merge);
        await table.UpsertEntityAsync(new TableEntity("p", "replace") { ["B"] = "b2", ["C"] = "c" }, TableUpdateMode.Replace);

        var merged = await table.GetEntityAsync("p", "merge");
        Assert.Equal(["A", "B", "C"], merged.Keys.Order());
        Assert.Equal("a", merged.GetString("A"));
        Assert.Equal("b2", merged.GetString("B"));
        var replaced = await table.GetEntityAsync("p", "replace");
        Assert.Equal(["B", "C"], replaced.Keys.Order());
    }

    [Fact]
    public async Task Get_with_select_returns_only_those_properties()
    {
        var table = await TestTables.NewAsync();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["A"] = "a", ["B"] = "b", ["C"] = 3 });

        var read = await table.GetEntityAsync("p", "r", select: ["A", "C"]);

        Assert.Equal(["A", "C"], read.Keys.Order());
        Assert.Equal(3, read.GetInt32("C"));
    }

    [Fact]
    public async Task Missing_entity_is_null_but_missing_table_still_throws()
    {
        var table = await TestTables.NewAsync();
        Assert.Null(await table.GetEntityIfExistsAsync("p", "nobody"));
        var missing = await Assert.ThrowsAsync<RequestFailedException>(() => table.GetEntityAsync("p", "nobody"));
        Assert.Equal(TableErrorCodes.ResourceNotFound, missing.ErrorCode);

        var noTable = new TableServiceClient(StorageTestAccount.Connection).GetTableClient(StorageTestAccount.UniqueName("t"));
        var error = await Assert.ThrowsAsync<RequestFailedException>(() => noTable.GetEntityIfExistsAsync("p", "r"));
        Assert.Equal(404, error.Status);
        Assert.Equal(TableErrorCodes.TableNotFound, error.ErrorCode);
    }

    [Fact]
    public async Task Limits_are_refused_before_sending()
    {
        var counter = new RequestCounter();
        var table = new TableServiceClient(StorageTestAccount.Connection, counter.Options()).GetTableClient(StorageTestAccount.UniqueName("t"));

        await Assert.ThrowsAsync<ArgumentException>(() => table.AddEntityAsync(new TableEntity("a/b", "r")));
        await Assert.ThrowsAsync<ArgumentException>(() => table.AddEntityAsync(new TableEntity("p", new string('к', 513))));
        await Assert.ThrowsAsync<ArgumentException>(() => table.AddEntityAsync(new TableEntity("p", "r") { ["Big"] = new string('x', 32 * 1024 + 1) }));
        await Assert.ThrowsAsync<ArgumentException>(() => table.UpsertEntityAsync(new TableEntity("p", "r") { ["bad-name"] = 1 }));
        await Assert.ThrowsAsync<ArgumentException>(() => table.DeleteEntityAsync("p", "r\u0001"));

        Assert.Equal(0, counter.Count);
        await table.CreateIfNotExistsAsync(); // the counter does see requests that are sent
        Assert.Equal(1, counter.Count);
    }
}
