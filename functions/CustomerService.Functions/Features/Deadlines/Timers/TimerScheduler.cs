using CustomerService.Functions.Platform.Storage.Queues;

namespace CustomerService.Functions.Features.Deadlines.Timers;

/// <summary>
/// Puts timers on the queue with a visibility delay. The queue hides a message at most 7 days, so
/// a later timer arrives early and re-schedules itself (a hop). Messages never expire: a timer
/// must not vanish because it waited.
/// </summary>
public static class TimerScheduler
{
    /// <summary>Just under the queue's 7-day limit (the delay is rounded up to whole seconds).</summary>
    public static readonly TimeSpan MaxHop = QueueClient.MaxVisibilityTimeout - TimeSpan.FromMinutes(1);

    /// <summary>A timer arriving this close before its time acts now instead of hopping again.</summary>
    public static readonly TimeSpan Tolerance = TimeSpan.FromSeconds(1);

    public static TimeSpan Delay(DateTimeOffset at, DateTimeOffset now)
    {
        var delay = at - now;
        return delay <= TimeSpan.Zero ? TimeSpan.Zero : delay > MaxHop ? MaxHop : delay;
    }

    public static Task ScheduleAsync(QueueClient queue, TimerMessage timer, DateTimeOffset now, CancellationToken cancellationToken) =>
        queue.SendMessageAsync(timer.ToJson(), Delay(timer.At, now), Timeout.InfiniteTimeSpan, cancellationToken);
}
