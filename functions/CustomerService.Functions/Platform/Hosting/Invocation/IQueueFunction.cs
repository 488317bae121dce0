namespace CustomerService.Functions.Platform.Hosting.Invocation;

/// <summary>
/// Handler code of a queue-triggered function. Called the same way whether the Azure Functions
/// host or our standalone runner took the message. Throwing fails the invocation: the message
/// comes back after the visibility timeout and goes to <c>&lt;queue&gt;-poison</c> after
/// <c>maxDequeueCount</c> attempts, so handlers must be idempotent (delivery is at least once).
/// </summary>
public interface IQueueFunction
{
    Task RunAsync(QueueInvocation invocation, CancellationToken cancellationToken);
}

/// <summary>Handler code of a timer-triggered function (UTC NCRONTAB schedule).</summary>
public interface ITimerFunction
{
    Task RunAsync(TimerInvocation invocation, CancellationToken cancellationToken);
}
