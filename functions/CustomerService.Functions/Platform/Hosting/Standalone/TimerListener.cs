using CustomerService.Functions.Platform.Hosting.Catalogue;
using CustomerService.Functions.Platform.Hosting.Invocation;
using CustomerService.Functions.Platform.Hosting.Scheduling;

namespace CustomerService.Functions.Platform.Hosting.Standalone;

/// <summary>
/// The standalone timer trigger of one function: runs on start-up if asked, then at each
/// occurrence of the schedule, one run at a time (like the host's singleton timer). A run that
/// overruns later occurrences skips them; a run that starts late is flagged <c>IsPastDue</c>.
/// </summary>
internal sealed class TimerListener(
    TimerFunctionDefinition function,
    FunctionInvoker invoker,
    TimeProvider time,
    ILogger logger)
{
    /// <summary>Waking up later than this after the occurrence counts as past due (suspended machine, busy run).</summary>
    public static readonly TimeSpan PastDueTolerance = TimeSpan.FromSeconds(1);

    // Task.Delay takes at most ~49 days; long waits are cut into pieces and re-checked.
    private static readonly TimeSpan LongestWait = TimeSpan.FromDays(1);

    private readonly TimerSchedule _schedule = TimerSchedule.Parse(function.Schedule);

    public async Task RunAsync(CancellationToken stopScheduling, CancellationToken abortInvocations)
    {
        DateTimeOffset? last = null;
        if (function.RunOnStartup && !stopScheduling.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            await InvokeAsync(now, isPastDue: false, last, abortInvocations);
            last = now;
        }
        while (!stopScheduling.IsCancellationRequested)
        {
            var next = _schedule.GetNextOccurrence(time.GetUtcNow());
            if (!await WaitUntilAsync(next, stopScheduling)) break;
            var isPastDue = time.GetUtcNow() - next > PastDueTolerance;
            await InvokeAsync(next, isPastDue, last, abortInvocations);
            last = next;
        }
    }

    private async Task InvokeAsync(DateTimeOffset scheduled, bool isPastDue, DateTimeOffset? last, CancellationToken abortInvocations)
    {
        var status = new TimerScheduleStatus(last, _schedule.GetNextOccurrence(scheduled), time.GetUtcNow());
        var invocation = new TimerInvocation(function.Name, Guid.NewGuid().ToString(), scheduled, isPastDue, status);
        var result = await invoker.InvokeAsync(function, invocation, abortInvocations);
        foreach (var line in invocation.Log.Lines) logger.LogInformation("{FunctionName}: {Line}", function.Name, line);
        if (result.Status == InvocationStatus.Failed)
        {
            // Like the host: a failed timer run is not retried; the next occurrence runs as usual.
            logger.LogWarning("Timer function {FunctionName} failed for {Scheduled:O}", function.Name, scheduled);
        }
    }

    private async Task<bool> WaitUntilAsync(DateTimeOffset due, CancellationToken cancellationToken)
    {
        try
        {
            for (var wait = due - time.GetUtcNow(); wait > TimeSpan.Zero; wait = due - time.GetUtcNow())
            {
                await Task.Delay(wait < LongestWait ? wait : LongestWait, time, cancellationToken);
            }
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
