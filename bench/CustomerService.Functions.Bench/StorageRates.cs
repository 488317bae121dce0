using CustomerService.Functions.Platform.Storage;
using CustomerService.Functions.Platform.Storage.Queues;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Bench;

/// <summary>
/// Raw storage rates through our own clients: the yardsticks later features are compared to
/// (e.g. appeal intake rate ÷ single-insert rate).
/// </summary>
public static class StorageRates
{
    public const int Concurrency = 16;
    public const int BatchSize = 100;

    /// <returns>The single-insert rate, the yardstick of the intake figures.</returns>
    public static async Task<double> RunAsync(BenchOptions options, BenchReport report)
    {
        var connection = StorageConnection.Parse(options.StorageConnection);
        var inserts = options.Scale(4000);
        var cpu = CpuSplit.Start(0, options.AzuritePid);
        var single = await SingleInsertRateAsync(connection, inserts);
        var split = cpu();
        report.Add("storage", $"table single insert, {Concurrency} concurrent callers", single, "ops/s", string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"CPU ms/insert: Azurite {split.Azurite.TotalMilliseconds / inserts:0.00}, bench (client) {split.Bench.TotalMilliseconds / inserts:0.00}; cores busy {(split.Azurite + split.Bench) / split.Wall:0.00} of {Environment.ProcessorCount}"));
        if (!options.Runs("storage")) return single; // --only intake: the yardstick alone
        await IntakeFloorAsync(connection, options, single, report);
        var batch = await BatchInsertRateAsync(connection, options.Scale(200));
        report.Add("storage", $"table {BatchSize}-entity batches, {Concurrency} concurrent", batch, "entities/s",
            $"{batch / single:0.0} × single insert");
        var puts = await QueuePutRateAsync(connection, options.Scale(4000));
        report.Add("storage", $"queue put, {Concurrency} concurrent callers", puts, "puts/s",
            $"{puts / single:0.00} × single insert");
        return single;
    }

    private static async Task<TableClient> NewTableAsync(StorageConnection connection)
    {
        var table = new TableServiceClient(connection).GetTableClient("bench" + Guid.NewGuid().ToString("N")[..8]);
        await table.CreateIfNotExistsAsync();
        return table;
    }

    /// <summary>
    /// An entity shaped like a register row: a dozen properties, Cyrillic text. Row keys are unique
    /// across partitions: Azurite looks an entity up by row key first, so a shared one makes every
    /// insert and read scan all the rows that share it.
    /// </summary>
    private static TableEntity Row(string partition, int i) => new(partition, i.ToString("D8"))
    {
        ["Kind"] = "complaint",
        ["Channel"] = "web",
        ["ApplicantKind"] = "individual",
        ["Subject"] = "Некорректное начисление за электроэнергию",
        ["Text"] = new string('ж', 400),
        ["Account"] = "7701234567",
        ["Status"] = "registered",
        ["ReceivedAt"] = DateTimeOffset.UtcNow,
        ["Sequence"] = (long)i,
        ["Version"] = 1,
    };

    private static async Task<double> SingleInsertRateAsync(StorageConnection connection, int total)
    {
        var table = await NewTableAsync(connection);
        await table.AddEntityAsync(Row("warm-up", 0));
        // One partition per caller, like registers partitioned by month or organization.
        return await Measure.RateAsync(total, Concurrency, i => table.AddEntityAsync(Row($"p{i % Concurrency}", i)));
    }

    /// <summary>
    /// What intake's request path is made of, each alone at the yardstick's concurrency: the
    /// idempotency point read and the three-entity transaction (appeal row, history event,
    /// acknowledgement). Their CPU per operation in Azurite bounds what intake can reach.
    /// </summary>
    private static async Task IntakeFloorAsync(StorageConnection connection, BenchOptions options, double single, BenchReport report)
    {
        var total = options.Scale(4000);
        var table = await NewTableAsync(connection);
        var cpu = CpuSplit.Start(0, options.AzuritePid);
        var transactions = await Measure.RateAsync(total, Concurrency, i => table.SubmitTransactionAsync(
            Enumerable.Range(3 * i, 3).Select(n => new TableTransactionAction(TableTransactionActionType.Add, Row($"t{i}", n))).ToList()));
        report.Add("storage", $"table 3-entity transaction (intake's shape), {Concurrency} concurrent", transactions, "ops/s", $"{transactions / single:0.00} × single insert; {PerOperation(cpu(), total)}");
        cpu = CpuSplit.Start(0, options.AzuritePid);
        var reads = await Measure.RateAsync(total, Concurrency, i => table.GetEntityIfExistsAsync($"t{i}", (3 * i).ToString("D8"), ["Kind"]));
        report.Add("storage", $"table point read with $select, {Concurrency} concurrent", reads, "ops/s", $"{reads / single:0.00} × single insert; {PerOperation(cpu(), total)}");
    }

    private static string PerOperation(CpuSplit split, int operations) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"CPU ms/op: Azurite {split.Azurite.TotalMilliseconds / operations:0.00}, bench (client) {split.Bench.TotalMilliseconds / operations:0.00}");

    private static async Task<double> BatchInsertRateAsync(StorageConnection connection, int batches)
    {
        var table = await NewTableAsync(connection);
        var rate = await Measure.RateAsync(batches, Concurrency, b => table.SubmitTransactionAsync(
            Enumerable.Range(0, BatchSize)
                .Select(i => new TableTransactionAction(TableTransactionActionType.Add, Row($"b{b}", b * BatchSize + i)))
                .ToList()));
        return rate * BatchSize;
    }

    private static async Task<double> QueuePutRateAsync(StorageConnection connection, int total)
    {
        var queue = new QueueServiceClient(connection).GetQueueClient("bench-" + Guid.NewGuid().ToString("N")[..8]);
        await queue.CreateIfNotExistsAsync();
        await queue.SendMessageAsync("warm-up");
        return await Measure.RateAsync(total, Concurrency, i => queue.SendMessageAsync($"{{\"n\":{i}}}"));
    }
}
