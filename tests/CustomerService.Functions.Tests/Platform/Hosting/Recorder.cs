using System.Collections.Concurrent;
using CustomerService.Functions.Platform.Hosting.Invocation;

namespace CustomerService.Functions.Tests.Platform.Hosting;

/// <summary>What test functions received, and what they should do when called.</summary>
public sealed class Recorder
{
    private int _running;
    private int _maxRunning;

    public ConcurrentQueue<QueueInvocation> Queue { get; } = new();
    public ConcurrentQueue<TimerInvocation> Timer { get; } = new();

    /// <summary>Runs inside each queue invocation (block, throw, …); the default returns at once.</summary>
    public Func<QueueInvocation, CancellationToken, Task> OnQueue { get; set; } = (_, _) => Task.CompletedTask;

    public int Running => Volatile.Read(ref _running);
    public int MaxRunning => Volatile.Read(ref _maxRunning);
    private int _completed;
    public int Completed => Volatile.Read(ref _completed);

    public async Task RecordAsync(QueueInvocation invocation, CancellationToken cancellationToken)
    {
        Queue.Enqueue(invocation);
        var running = Interlocked.Increment(ref _running);
        for (var max = MaxRunning; running > max; max = MaxRunning) Interlocked.CompareExchange(ref _maxRunning, running, max);
        try
        {
            await OnQueue(invocation, cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _running);
            Interlocked.Increment(ref _completed);
        }
    }
}

public sealed class RecordingQueueFunction(Recorder recorder) : IQueueFunction
{
    public Task RunAsync(QueueInvocation invocation, CancellationToken cancellationToken) => recorder.RecordAsync(invocation, cancellationToken);
}

public sealed class RecordingTimerFunction(Recorder recorder) : ITimerFunction
{
    public Task RunAsync(TimerInvocation invocation, CancellationToken cancellationToken)
    {
        recorder.Timer.Enqueue(invocation);
        return Task.CompletedTask;
    }
}

public static class Eventually
{
    /// <summary>Polls <paramref name="condition"/> until it holds or <paramref name="timeout"/> (default 30 s) passes.</summary>
    public static async Task<bool> TrueAsync(Func<bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) return false;
            await Task.Delay(50);
        }
        return true;
    }

    public static async Task<bool> TrueAsync(Func<Task<bool>> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) return false;
            await Task.Delay(100);
        }
        return true;
    }
}
