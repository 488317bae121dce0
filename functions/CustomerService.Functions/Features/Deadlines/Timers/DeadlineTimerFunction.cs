using Azure;
using CustomerService.Functions.Features.Deadlines.Planning;
using CustomerService.Functions.Platform.Hosting.Invocation;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Deadlines.Timers;

/// <summary>
/// The timer handler (queue <c>deadline-timers</c>): re-reads the register and acts only when the
/// message's deadline version is current, the milestone is not done, the appeal is open and not
/// paused. Acting is idempotent (<see cref="MilestoneActions"/>); then the milestone is recorded
/// done under the row's ETag and its due-index row removed (batched with other timers of the same
/// hour, <see cref="DeadlineStore.DueIndexWrites"/>). Stale and duplicate timers only clean up.
/// </summary>
public sealed class DeadlineTimerFunction(DeadlineStore store, MilestoneActions actions, TimeProvider time) : IQueueFunction
{
    public const string FunctionName = "DeadlineTimer";
    private const int MaxRecordAttempts = 5;

    public async Task RunAsync(QueueInvocation invocation, CancellationToken cancellationToken)
    {
        var outcome = await HandleAsync(TimerMessage.Parse(invocation.MessageText), cancellationToken);
        invocation.Log.Write($"Deadline timer: {outcome}.");
    }

    public async Task<TimerOutcome> HandleAsync(TimerMessage timer, CancellationToken cancellationToken)
    {
        await store.EnsureCreatedAsync(cancellationToken);
        var now = time.GetUtcNow();
        if (timer.At - now > TimerScheduler.Tolerance)
        {
            // Further out than one queue delay: hop again. The index row stays for the sweep.
            await TimerScheduler.ScheduleAsync(store.Timers, timer, now, cancellationToken);
            return TimerOutcome.Rescheduled;
        }
        var deadline = await ReadAsync(timer.AppealId, cancellationToken);
        if (deadline is null || deadline.Version != timer.Version || !deadline.IsOpen || deadline.Milestone(timer.MilestoneId) is not { IsDone: false } milestone)
        {
            await store.DueIndexWrites.DeleteIfExistsAsync(timer.Bucket, timer.IndexRowKey, cancellationToken);
            return TimerOutcome.Stale;
        }
        // Paused: the version changes when the pause ends, so this timer's successors carry the new times.
        if (deadline.IsPaused) return TimerOutcome.Paused;

        await actions.ActAsync(deadline, milestone, cancellationToken);
        var recorded = await RecordDoneAsync(deadline, milestone, now, cancellationToken);
        await store.DueIndexWrites.DeleteIfExistsAsync(timer.Bucket, timer.IndexRowKey, cancellationToken);
        return recorded ? TimerOutcome.Acted : TimerOutcome.Stale;
    }

    /// <summary>Marks the milestone done (and the escalation or breach) under the row's ETag; false when the version moved on meanwhile.</summary>
    private async Task<bool> RecordDoneAsync(DeadlineRecord deadline, MilestoneState milestone, DateTimeOffset now, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var done = milestone with { DoneAt = now };
            var updated = deadline with
            {
                Milestones = deadline.Milestones.Select(m => m.Id == milestone.Id ? done : m).ToList(),
                EscalatedTo = milestone.Action == MilestoneAction.Escalate ? milestone.EscalateTo : deadline.EscalatedTo,
                EscalatedAt = milestone.Action == MilestoneAction.Escalate ? now : deadline.EscalatedAt,
                BreachedAt = milestone.Action == MilestoneAction.MarkBreached ? deadline.BreachedAt ?? now : deadline.BreachedAt,
            };
            try
            {
                await store.Deadlines.UpdateEntityAsync(updated.ToEntity(), deadline.ETag, TableUpdateMode.Replace, cancellationToken);
                return true;
            }
            catch (RequestFailedException e) when (e.Status == 412 && attempt < MaxRecordAttempts)
            {
                deadline = await ReadAsync(deadline.AppealId, cancellationToken) ?? throw new InvalidOperationException("The deadline row disappeared.");
                if (deadline.Version != updated.Version || deadline.Milestone(milestone.Id) is not { IsDone: false } current) return false;
                milestone = current;
            }
        }
    }

    private async Task<DeadlineRecord?> ReadAsync(string appealId, CancellationToken cancellationToken) =>
        await store.Deadlines.GetEntityIfExistsAsync(appealId, DeadlineRecord.RowKeyOf(appealId), cancellationToken: cancellationToken) is { } row ? DeadlineRecord.From(row) : null;
}

public enum TimerOutcome
{
    Acted,
    Stale,
    Paused,
    Rescheduled,
}
