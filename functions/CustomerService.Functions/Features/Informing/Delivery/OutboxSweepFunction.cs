using CustomerService.Functions.Platform.Hosting.Invocation;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Informing.Delivery;

/// <summary>
/// Every 5 minutes: outbox rows of today and yesterday (UTC) still pending a while after they were
/// written — their dispatch message was lost (a crash between the outbox write and the enqueue) or
/// ended in the poison queue — go to <c>outbox-dispatch</c> again. Delivery is idempotent, so a
/// row that is merely slow costs one extra look, never a second message.
/// </summary>
public sealed class OutboxSweepFunction(DeliveryTables tables, OutboxDispatch dispatch, TimeProvider time) : ITimerFunction
{
    public const string FunctionName = "OutboxSweep";
    public const string Schedule = "0 */5 * * * *";

    /// <summary>Younger rows are left to their own dispatch message.</summary>
    public static readonly TimeSpan Settle = TimeSpan.FromMinutes(2);

    private const int MaxPerRun = 1000;

    public async Task RunAsync(TimerInvocation invocation, CancellationToken cancellationToken)
    {
        var swept = await SweepAsync(cancellationToken);
        invocation.Log.Write($"Outbox sweep re-dispatched {swept} pending message(s).");
    }

    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        if (!dispatch.Enabled) return 0;
        await tables.EnsureCreatedAsync(cancellationToken);
        var now = time.GetUtcNow();
        var swept = 0;
        foreach (var day in new[] { now.AddDays(-1), now }.Select(d => d.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))
        {
            var filter = TableFilter.PartitionKeyEquals(day) & TableFilter.Equal("State", OutboxStates.Pending) & TableFilter.LessThan("CreatedAt", now - Settle);
            await foreach (var row in tables.Outbox.QueryAsync(filter, select: ["PartitionKey", "RowKey", "Channel"], cancellationToken: cancellationToken))
            {
                if (!dispatch.Carries(row.GetString("Channel"))) continue;
                await dispatch.EnqueueAsync(row, cancellationToken);
                if (++swept == MaxPerRun) return swept;
            }
        }
        return swept;
    }
}
