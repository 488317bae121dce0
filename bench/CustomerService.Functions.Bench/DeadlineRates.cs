using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Features.Informing.Notices;
using System.Diagnostics;
using CustomerService.Functions.Features.Appeals.Registration;
using CustomerService.Functions.Features.Deadlines.Planning;
using CustomerService.Functions.Features.Deadlines.Timers;
using CustomerService.Functions.Platform.Storage;
using CustomerService.Functions.Platform.Storage.Queues;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Bench;

/// <summary>
/// Issue #4's benchmark: with 100,000 open appeals' due-index rows (spread over the next 30 days)
/// and 1,000 due now, the sweep's storage requests and time beside a full scan of the same index;
/// then the timer handler's rate beside the raw queue get+delete rate of the same run. Requests
/// are counted by <see cref="CountingProxy"/>.
/// </summary>
public static class DeadlineRates
{
    private const int Workers = 4;
    private const int Rounds = 5;

    public static async Task RunAsync(BenchOptions options, BenchReport report)
    {
        var (open, due) = (options.Scale(100_000), options.Scale(1_000));
        await using var proxy = await CountingProxy.StartAsync(options.DeadlineStorage ?? options.StorageConnection);
        var store = Store(proxy.ConnectionString);
        await store.EnsureCreatedAsync(CancellationToken.None);
        var now = DateTimeOffset.UtcNow;
        var dueRecords = await SeedAsync(store, open, due, now);

        // Steady state: the cursor sits an hour back, as after earlier sweeps.
        await store.DueIndex.UpsertEntityAsync(new TableEntity(DueIndex.CursorPartition, DueIndex.CursorRow) { ["Bucket"] = DueIndex.Bucket(now.AddHours(-1)) });
        store.Options.SweepGrace = TimeSpan.FromDays(1);
        var (readOnly, readTime, readRequests) = await CountAsync(proxy, () => new DeadlineSweep(store, TimeProvider.System).SweepAsync(CancellationToken.None));
        report.Add("deadlines", $"sweep, {due} due of {open} (none lost): requests", readRequests, "requests", $"{readOnly.RowsRead} rows read in {readOnly.Buckets} buckets");
        report.Add("deadlines", "sweep, none lost: time", readTime, "ms");
        store.Options.SweepGrace = TimeSpan.Zero;
        var (requeue, requeueTime, requeueRequests) = await CountAsync(proxy, () => new DeadlineSweep(store, TimeProvider.System).SweepAsync(CancellationToken.None));
        report.Add("deadlines", $"sweep re-enqueueing {requeue.Requeued} lost timers: requests", requeueRequests, "requests", $"{(double)requeueRequests / Math.Max(1, requeue.Requeued):0.00} per due timer");
        report.Add("deadlines", "sweep re-enqueueing: time", requeueTime, "ms");
        var (scanned, scanTime, scanRequests) = await CountAsync(proxy, () => FullScanAsync(store, now));
        report.Add("deadlines", $"full scan, examines all {open} rows ({scanned} due): requests", scanRequests, "requests", $"{scanRequests / Math.Max(1.0, readRequests):0.0} × sweep (Azurite answers a scan in one page; Azure pages per partition)");
        report.Add("deadlines", "full scan: time", scanTime, "ms", $"{scanTime / Math.Max(1.0, readTime):0.0} × sweep");

        // The sweep's copies are duplicates of nothing (the seeded timers were never queued): handling them warms up.
        await HandlerRateAsync(store, dueRecords.Count);
        await RateRoundsAsync(proxy, store, 2 * due, report, $"beside {open / 1000}k stored rows");

        // On disk, Azurite re-serializes its whole database every 5 s after any table write — a cost
        // of everything stored, paid only by the drains that write (the handler's), which Azure's
        // tables do not have. The same rounds again without the sweep's rows:
        await store.DueIndex.DeleteIfExistsAsync();
        await store.Deadlines.DeleteIfExistsAsync();
        await store.Notifications.DeleteIfExistsAsync();
        var fresh = Store(proxy.ConnectionString);
        await fresh.EnsureCreatedAsync(CancellationToken.None);
        await RateRoundsAsync(proxy, fresh, 2 * due, report, "own rows only");
    }

    /// <summary>
    /// Rounds alternate handler and raw queue over the same number of fresh due timers, so both see the
    /// same machine; single 1,000-timer rounds swung between 26 % and 78 % on this 2-core machine, so
    /// rounds are of twice the due timers. A third drain per round reads each timer's register row and
    /// does nothing else: the floor ARCHITECTURE §4 sets (every timer re-reads the register), beside
    /// which the handler's own cost shows. The medians are compared, and every round's ratio printed.
    /// </summary>
    private static async Task RateRoundsAsync(CountingProxy proxy, DeadlineStore store, int due, BenchReport report, string setting)
    {
        var (handled, raw, floor) = (new List<double>(), new List<double>(), new List<double>());
        var (handlerRequests, rawRequests) = (0.0, 0.0);
        for (var round = 1; round <= Rounds; round++)
        {
            var appealIds = await SeedDueAsync(store, due, round, DateTimeOffset.UtcNow);
            var before = proxy.Requests;
            handled.Add(await HandlerRateAsync(store, appealIds.Count));
            handlerRequests += proxy.Requests - before;
            var numbered = Enumerable.Range(0, due).Select(i => $"{{\"n\":{i}}}").ToList();
            raw.Add(await RawQueueRateAsync(store, numbered, () => before = proxy.Requests, _ => Task.CompletedTask));
            rawRequests += proxy.Requests - before;
            floor.Add(await RawQueueRateAsync(store, appealIds, () => { },
                m => store.Deadlines.GetEntityIfExistsAsync(m.MessageText, DeadlineRecord.RowKeyOf(m.MessageText))));
        }
        var ratios = string.Join(", ", handled.Zip(raw, (h, r) => $"{100 * h / r:0} %"));
        report.Add("deadlines", $"timer handler, {setting}, {Workers}×32 in flight, median of {Rounds} rounds of {due}", Median(handled), "timers/s", $"rounds: {ratios}");
        report.Add("deadlines", "timer handler: storage requests per timer", handlerRequests / (Rounds * due), "requests",
            $"raw get+delete: {rawRequests / (Rounds * due):0.00} per message");
        report.Add("deadlines", $"raw queue get+delete, {setting}, median", Median(raw), "messages/s", $"handler = {100 * Median(handled) / Median(raw):0} % of raw (goal ≥ 50 %)");
        report.Add("deadlines", $"floor: get + register read + delete, {setting}", Median(floor), "messages/s",
            $"{100 * Median(floor) / Median(raw):0} % of raw; handler = {100 * Median(handled) / Median(floor):0} % of this floor");
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static DeadlineStore Store(string connectionString)
    {
        var connection = StorageConnection.Parse(connectionString);
        var tables = new TableServiceClient(connection);
        var queues = new QueueServiceClient(connection);
        var id = Guid.NewGuid().ToString("N")[..8];
        var options = new DeadlineOptions { DeadlinesTable = $"bench{id}Deadlines", DueIndexTable = $"bench{id}Due", NotificationsTable = $"bench{id}Notes", TimerQueue = $"bench-{id}-timers" };
        return new DeadlineStore(tables, queues, new AppealTables(tables, queues), Microsoft.Extensions.Options.Options.Create(options));
    }

    /// <summary>Index rows in batches of 100 per hour bucket; register rows only for the due ones (the handler reads them).</summary>
    private static async Task<List<DeadlineRecord>> SeedAsync(DeadlineStore store, int open, int due, DateTimeOffset now)
    {
        var future = Enumerable.Range(0, open - due).Select(i => Record(i, now.AddMinutes(90 + i % (30 * 24 * 60))));
        var dueNow = Enumerable.Range(open - due, due).Select(i => Record(i, now.AddMinutes(-5))).ToList();
        await AddIndexRowsAsync(store, [.. future, .. dueNow], now);
        await Parallel.ForEachAsync(dueNow, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (r, ct) => await store.Deadlines.AddEntityAsync(r.ToEntity(), ct));
        return dueNow;
    }

    /// <summary>A round's due timers as the engine leaves them: register row, index row and queued timer.</summary>
    private static async Task<List<string>> SeedDueAsync(DeadlineStore store, int due, int round, DateTimeOffset now)
    {
        var records = Enumerable.Range(round * 10_000_000, due).Select(i => Record(i, now.AddMinutes(-5))).ToList();
        await AddIndexRowsAsync(store, records, now);
        await Parallel.ForEachAsync(records, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (r, ct) =>
        {
            await store.Deadlines.AddEntityAsync(r.ToEntity(), ct);
            await TimerScheduler.ScheduleAsync(store.Timers, DueIndex.Timer(DueIndex.Row(r.AppealId, 1, r.Milestones[0], now)), now, ct);
        });
        return records.Select(r => r.AppealId).ToList();
    }

    private static async Task AddIndexRowsAsync(DeadlineStore store, IEnumerable<DeadlineRecord> records, DateTimeOffset now)
    {
        var rows = records.Select(r => DueIndex.Row(r.AppealId, 1, r.Milestones[0], now)).ToList();
        var batches = rows.GroupBy(r => r.PartitionKey).SelectMany(g => g.Chunk(100)).ToList();
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (batch, ct) =>
            await store.DueIndex.SubmitTransactionAsync(batch.Select(r => new TableTransactionAction(TableTransactionActionType.Add, r)).ToList(), ct));
    }

    private static DeadlineRecord Record(int i, DateTimeOffset at) => new()
    {
        AppealId = $"{i:D9}{Guid.NewGuid():N}"[..32], Organization = "001", RegistrationNumber = $"{i + 1}-ФЛ", ExecutorId = "bench-executor",
        Version = 1, PolicyVersion = "bench", RuleId = "B-1", RegisteredAt = at, ClockStart = at, Due = at,
        Milestones = [new MilestoneState("remind-1", at, MilestoneAction.RemindExecutor, null, null)],
    };

    private static async Task<int> FullScanAsync(DeadlineStore store, DateTimeOffset now)
    {
        var found = 0;
        await foreach (var _ in store.DueIndex.QueryAsync(TableFilter.LessThanOrEqual("At", now))) found++;
        return found;
    }

    private static async Task<(T Result, double Milliseconds, double Requests)> CountAsync<T>(CountingProxy proxy, Func<Task<T>> run)
    {
        var before = proxy.Requests;
        var clock = Stopwatch.StartNew();
        var result = await run();
        return (result, clock.Elapsed.TotalMilliseconds, proxy.Requests - before);
    }

    private static async Task<double> HandlerRateAsync(DeadlineStore store, int expected)
    {
        var handler = new DeadlineTimerFunction(store, new MilestoneActions(store, new ApplicantNotices(null, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<ApplicantNotices>.Instance), OrganizationProfiles.Find), TimeProvider.System);
        var clock = Stopwatch.StartNew();
        var count = await DrainAsync(store.Timers, m => handler.HandleAsync(TimerMessage.Parse(m.MessageText), CancellationToken.None));
        if (count < expected) throw new InvalidOperationException($"Only {count} of {expected} timers came back.");
        return count / clock.Elapsed.TotalSeconds;
    }

    /// <param name="draining">Called when the messages are in and the timed drain begins.</param>
    private static async Task<double> RawQueueRateAsync(DeadlineStore store, IReadOnlyList<string> messages, Action draining, Func<QueueMessage, Task> handle)
    {
        var queue = store.Timers;
        await Parallel.ForEachAsync(messages, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (text, ct) => await queue.SendMessageAsync(text, cancellationToken: ct));
        draining();
        var clock = Stopwatch.StartNew();
        var count = await DrainAsync(queue, handle);
        return count / clock.Elapsed.TotalSeconds;
    }

    /// <summary>The queue trigger's shape: workers take 32, handle them in parallel, delete each.</summary>
    private static async Task<int> DrainAsync(QueueClient queue, Func<QueueMessage, Task> handle)
    {
        var count = 0;
        await Task.WhenAll(Enumerable.Range(0, Workers).Select(async _ =>
        {
            while (await queue.ReceiveMessagesAsync(QueueClient.MaxMessagesPerReceive, TimeSpan.FromMinutes(5)) is { Count: > 0 } batch)
            {
                await Task.WhenAll(batch.Select(async m =>
                {
                    await handle(m);
                    await queue.DeleteMessageAsync(m.MessageId, m.PopReceipt);
                    Interlocked.Increment(ref count);
                }));
            }
        }));
        return count;
    }
}
