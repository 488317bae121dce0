using System.Globalization;
using Azure;
using CustomerService.Functions.Platform.Hosting.Invocation;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Deadlines.Timers;

/// <summary>
/// Every five minutes: reads the due-index buckets from the sweep's cursor up to the current hour
/// (nothing later, so its cost follows what is due, not the register), and re-enqueues the timer
/// of every row overdue by more than <see cref="DeadlineOptions.SweepGrace"/> — its timer was lost
/// (or the queue is behind; the duplicate is then a no-op). The cursor moves past empty buckets
/// older than an hour, so a row written late into the current hour is never skipped.
/// </summary>
public sealed class DeadlineSweep(DeadlineStore store, TimeProvider time) : ITimerFunction
{
    public const string FunctionName = "DeadlineSweep";
    public const string Schedule = "0 */5 * * * *";

    /// <summary>How far back a first sweep looks when there is no cursor yet.</summary>
    public static readonly TimeSpan FirstLookBack = TimeSpan.FromDays(8);

    public async Task RunAsync(TimerInvocation invocation, CancellationToken cancellationToken)
    {
        var result = await SweepAsync(cancellationToken);
        invocation.Log.Write($"Deadline sweep: {result.Buckets} buckets, {result.RowsRead} rows read, {result.Requeued} timers re-enqueued.");
    }

    public async Task<SweepResult> SweepAsync(CancellationToken cancellationToken)
    {
        await store.EnsureCreatedAsync(cancellationToken);
        var now = time.GetUtcNow();
        var cursorRow = await store.DueIndex.GetEntityIfExistsAsync(DueIndex.CursorPartition, DueIndex.CursorRow, cancellationToken: cancellationToken);
        var cursor = cursorRow?.GetString("Bucket") is { } stored ? DueIndex.BucketStart(stored) : TruncateToHour(now - FirstLookBack);
        var settled = TruncateToHour(now) - TimeSpan.FromHours(1);
        var (buckets, rowsRead, requeued) = (0, 0, 0);
        var newCursor = cursor;
        var allEmptySoFar = true;
        for (var hour = cursor; hour <= now; hour += TimeSpan.FromHours(1))
        {
            buckets++;
            var bucket = DueIndex.Bucket(hour);
            var rows = 0;
            await foreach (var row in store.DueIndex.QueryAsync(TableFilter.PartitionKeyEquals(bucket), cancellationToken: cancellationToken))
            {
                rows++;
                if (await RequeueIfLostAsync(row, now, cancellationToken)) requeued++;
            }
            rowsRead += rows;
            if (rows > 0 || hour >= settled) allEmptySoFar = false;
            if (allEmptySoFar) newCursor = hour + TimeSpan.FromHours(1);
        }
        if (newCursor != cursor || cursorRow is null) await SaveCursorAsync(newCursor, cancellationToken);
        return new SweepResult(buckets, rowsRead, requeued);
    }

    private async Task<bool> RequeueIfLostAsync(TableEntity row, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var at = row.GetDateTimeOffset("At") ?? now;
        if (now - at < store.Options.SweepGrace) return false;
        if (row.GetDateTimeOffset("SweptAt") is { } swept && now - swept < store.Options.SweepRetryAfter) return false;
        await TimerScheduler.ScheduleAsync(store.Timers, DueIndex.Timer(row), now, cancellationToken);
        try
        {
            await store.DueIndex.UpdateEntityAsync(new TableEntity(row.PartitionKey, row.RowKey) { ["SweptAt"] = now }, row.ETag, TableUpdateMode.Merge, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            // The timer was handled meanwhile: the re-enqueued copy will be a no-op.
        }
        return true;
    }

    private Task SaveCursorAsync(DateTimeOffset cursor, CancellationToken cancellationToken) =>
        store.DueIndex.UpsertEntityAsync(new TableEntity(DueIndex.CursorPartition, DueIndex.CursorRow) { ["Bucket"] = DueIndex.Bucket(cursor) }, TableUpdateMode.Replace, cancellationToken);

    private static DateTimeOffset TruncateToHour(DateTimeOffset at) => new(at.UtcDateTime.Year, at.UtcDateTime.Month, at.UtcDateTime.Day, at.UtcDateTime.Hour, 0, 0, TimeSpan.Zero);
}

/// <param name="Buckets">Hour partitions read (one query each).</param>
public sealed record SweepResult(int Buckets, int RowsRead, int Requeued)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Buckets} buckets, {RowsRead} rows, {Requeued} re-enqueued");
}
