using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Tests.Platform.Storage.Tables;

public sealed class TableQueryTests
{
    private static async Task<TableClient> SeedAsync(params TableEntity[] entities)
    {
        var table = await TestTables.NewAsync();
        foreach (var entity in entities) await table.AddEntityAsync(entity);
        return table;
    }

    [Fact]
    public async Task Filter_select_and_top_shape_the_result()
    {
        var table = await SeedAsync(
            new TableEntity("a", "1") { ["Amount"] = 10L, ["City"] = "Москва" },
            new TableEntity("a", "2") { ["Amount"] = 20L, ["City"] = "Казань" },
            new TableEntity("a", "3") { ["Amount"] = 30L, ["City"] = "Москва" },
            new TableEntity("b", "1") { ["Amount"] = 40L, ["City"] = "Москва" });

        var filter = TableFilter.PartitionKeyEquals("a") & TableFilter.GreaterThanOrEqual("Amount", 20L);
        var found = await TestTables.ToListAsync(table.QueryAsync(filter, select: ["RowKey", "City"]));

        Assert.Equal(["2", "3"], found.Select(e => e.RowKey));
        Assert.All(found, e => Assert.Equal(["City"], e.Keys));
        Assert.Equal("Казань", found[0].GetString("City"));

        var page = await table.QueryPageAsync(TableFilter.Equal("City", "Москва"), maxPerPage: 2);
        Assert.Equal(2, page.Values.Count);
        Assert.NotNull(page.ContinuationToken);
        var rest = await table.QueryPageAsync(TableFilter.Equal("City", "Москва"), maxPerPage: 2, continuationToken: page.ContinuationToken);
        Assert.Equal(["b"], rest.Values.Select(e => e.PartitionKey));
        Assert.Null(rest.ContinuationToken);
    }

    [Fact]
    public async Task Typed_comparisons_match_stored_types()
    {
        var id = Guid.NewGuid();
        var when = new DateTimeOffset(2026, 1, 10, 8, 0, 0, TimeSpan.Zero);
        var table = await SeedAsync(
            new TableEntity("p", "1") { ["Id"] = id, ["When"] = when, ["Open"] = true, ["Score"] = 2.0, ["Count"] = 5 },
            new TableEntity("p", "2") { ["Id"] = Guid.NewGuid(), ["When"] = when.AddDays(1), ["Open"] = false, ["Score"] = 2.5, ["Count"] = 6 });

        async Task<string[]> RowsAsync(TableFilter filter) =>
            (await TestTables.ToListAsync(table.QueryAsync(filter))).Select(e => e.RowKey).ToArray();

        Assert.Equal(["1"], await RowsAsync(TableFilter.Equal("Id", id)));
        Assert.Equal(["2"], await RowsAsync(TableFilter.GreaterThan("When", when)));
        Assert.Equal(["1"], await RowsAsync(TableFilter.Equal("Open", true)));
        Assert.Equal(["1"], await RowsAsync(TableFilter.Equal("Score", 2.0)));
        Assert.Equal(["2"], await RowsAsync(TableFilter.GreaterThan("Count", 5)));
        Assert.Equal(["1", "2"], await RowsAsync(TableFilter.Or(TableFilter.Equal("Count", 5), TableFilter.Equal("Count", 6))));
        Assert.Equal(["2"], await RowsAsync(TableFilter.Not(TableFilter.Equal("Open", true))));
    }

    [Fact]
    public async Task Quotes_in_values_match_only_literally()
    {
        var table = await SeedAsync(
            new TableEntity("p", "1") { ["Name"] = "O'Brien" },
            new TableEntity("p", "2") { ["Name"] = "x' or true or 'a'='a" },
            new TableEntity("p", "3") { ["Name"] = "Smith" },
            new TableEntity("p", "4") { ["Name"] = "x" });

        var obrien = await TestTables.ToListAsync(table.QueryAsync(TableFilter.Equal("Name", "O'Brien")));
        var injection = await TestTables.ToListAsync(table.QueryAsync(TableFilter.Equal("Name", "x' or true or 'a'='a")));
        var keyed = await TestTables.ToListAsync(table.QueryAsync(TableFilter.Equal("RowKey", "1' or RowKey ne '")));

        Assert.Equal(["1"], obrien.Select(e => e.RowKey));
        Assert.Equal(["2"], injection.Select(e => e.RowKey));
        Assert.Empty(keyed);
    }

    [Fact]
    public async Task Starts_with_selects_a_prefix_range()
    {
        var table = await SeedAsync(
            new TableEntity("p", "заявка-001"), new TableEntity("p", "заявка-002"),
            new TableEntity("p", "заявки"), new TableEntity("p", "жалоба-001"));

        var found = await TestTables.ToListAsync(table.QueryAsync(TableFilter.StartsWith("RowKey", "заявка-")));

        Assert.Equal(["заявка-001", "заявка-002"], found.Select(e => e.RowKey));
    }

    [Fact]
    public async Task Queries_page_past_a_thousand_rows()
    {
        var table = await TestTables.NewAsync();
        const int total = 2500;
        for (var batch = 0; batch < total / 100; batch++)
        {
            var actions = Enumerable.Range(batch * 100, 100)
                .Select(i => new TableTransactionAction(TableTransactionActionType.Add,
                    new TableEntity("лс-1", i.ToString("D5")) { ["N"] = i, ["Note"] = "строка" }))
                .ToList();
            await table.SubmitTransactionAsync(actions);
        }

        var all = await TestTables.ToListAsync(table.QueryAsync());
        Assert.Equal(total, all.Count);
        Assert.Equal(Enumerable.Range(0, total), all.Select(e => e.GetInt32("N")!.Value));

        var first = await table.QueryPageAsync();
        Assert.Equal(TableClient.MaxPageSize, first.Values.Count);
        Assert.NotNull(first.ContinuationToken);

        var pages = await TestTables.ToListAsync(table.QueryPagesAsync(maxPerPage: 1000));
        Assert.Equal([1000, 1000, 500], pages.Where(p => p.Values.Count > 0).Select(p => p.Values.Count));
        Assert.Null(pages[^1].ContinuationToken);

        var resumed = await TestTables.ToListAsync(table.QueryPagesAsync(continuationToken: first.ContinuationToken));
        Assert.Equal(total - 1000, resumed.Sum(p => p.Values.Count));
        Assert.Equal("01000", resumed[0].Values[0].RowKey);
    }

    [Fact]
    public async Task Page_size_outside_the_service_range_is_refused()
    {
        var table = await TestTables.NewAsync();
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => table.QueryPageAsync(maxPerPage: 1001));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => table.QueryPageAsync(maxPerPage: 0));
    }

    [Fact]
    public async Task A_forged_continuation_token_is_an_argument_error()
    {
        var table = await TestTables.NewAsync();
        await Assert.ThrowsAsync<ArgumentException>(() => table.QueryPageAsync(continuationToken: "***"));
    }
}
