using CustomerService.Functions.Features.Deadlines.Planning;
using CustomerService.Functions.Features.Deadlines.Timers;
using CustomerService.Functions.Platform.Storage.Tables;
using CustomerService.Functions.Tests.Support;
using Xunit.Abstractions;

namespace CustomerService.Functions.Tests.Features.Deadlines;

/// <summary>
/// Ten thousand timers due at once all fire, once. The setup writes what ten thousand syncs would
/// (register rows, index rows in one hour bucket in batches of 100, timers) with concurrency, and
/// the queue is drained by parallel workers as the trigger would. It loads the shared Azurite for
/// minutes, so it runs in <see cref="LoadTests"/>, after the other tests and alone.
/// </summary>
[Collection(LoadTests.Name)]
public sealed class TenThousandTimersTests(ITestOutputHelper output)
{
    private static readonly int Count = int.TryParse(Environment.GetEnvironmentVariable("CSF_TIMER_COUNT"), out var n) ? n : 10_000;

    [Fact]
    public async Task Ten_thousand_timers_due_at_once_all_fire_once()
    {
        var rig = new DeadlineRig();
        await rig.Store.EnsureCreatedAsync(CancellationToken.None);
        var now = DeadlineRig.Now;
        var executor = "bulk-" + Guid.NewGuid().ToString("N")[..8];
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var records = Enumerable.Range(0, Count).Select(i => Record(executor, i, now.AddMinutes(-1))).ToList();
        var index = records.Select(r => DueIndex.Row(r.AppealId, r.Version, r.Milestones[0], now)).ToList();
        await Parallel.ForEachAsync(records, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (r, ct) =>
            await rig.Store.Deadlines.AddEntityAsync((r with { IndexRows = [$"{DueIndex.Bucket(now)}/{DueIndex.RowKey(r.AppealId, 1, "remind-1")}"] }).ToEntity(), ct));
        output.WriteLine($"register rows: {clock.Elapsed}");
        await Parallel.ForEachAsync(index.Chunk(100), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (rows, ct) =>
            await rig.Store.DueIndex.SubmitTransactionAsync(rows.Select(row => new TableTransactionAction(TableTransactionActionType.Add, row)).ToList(), ct));
        output.WriteLine($"index rows: {clock.Elapsed}");
        await Parallel.ForEachAsync(index, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (row, ct) =>
            await TimerScheduler.ScheduleAsync(rig.Store.Timers, DueIndex.Timer(row), now, ct));

        output.WriteLine($"timers queued: {clock.Elapsed}");
        var handled = new System.Collections.Concurrent.ConcurrentQueue<(string AppealId, TimerOutcome Outcome, long DequeueCount)>();
        var outcomes = await rig.DrainAsync(workers: 6, handled);
        output.WriteLine($"timers handled: {clock.Elapsed}");
        var sweep = await rig.Sweep.SweepAsync(CancellationToken.None);

        var actedTwice = handled.Where(h => h.Outcome == TimerOutcome.Acted).GroupBy(h => h.AppealId).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", handled.Where(h => h.AppealId == g.Key).Select(h => $"{h.Outcome} (dequeue {h.DequeueCount})"))}").ToList();
        Assert.True(actedTwice.Count == 0, "Acted more than once: " + string.Join("; ", actedTwice));
        Assert.Equal(Count, outcomes.GetValueOrDefault(TimerOutcome.Acted));
        Assert.Equal(Count, outcomes.Values.Sum());
        var notes = new HashSet<string>();
        await foreach (var row in rig.Store.Notifications.QueryAsync(TableFilter.PartitionKeyEquals(StaffNotification.User(executor)), ["AppealId"])) Assert.True(notes.Add(row.GetString("AppealId")!));
        Assert.Equal(Count, notes.Count);
        Assert.Equal(0, sweep.RowsRead);
        var open = 0;
        await foreach (var row in rig.Store.Deadlines.QueryAsync(TableFilter.Equal("ExecutorId", executor), ["Milestones"]))
            if (!row.GetString("Milestones")!.Contains("\"doneAt\":\"", StringComparison.Ordinal)) open++;
        Assert.Equal(0, open);
    }

    private static DeadlineRecord Record(string executor, int i, DateTimeOffset due) => new()
    {
        AppealId = $"{i:D8}{Guid.NewGuid():N}"[..32],
        Organization = "001",
        RegistrationNumber = $"{i + 1}-ФЛ",
        ExecutorId = executor,
        Version = 1,
        PolicyVersion = "test-1",
        RuleId = "T-1",
        RegisteredAt = due,
        ClockStart = due,
        Due = due,
        Milestones = [new MilestoneState("remind-1", due, MilestoneAction.RemindExecutor, null, null)],
    };
}
