using System.Diagnostics;

namespace CustomerService.Functions.Bench;

public static class Measure
{
    /// <summary>Runs <paramref name="total"/> operations with <paramref name="concurrency"/> callers; returns operations per second.</summary>
    public static async Task<double> RateAsync(int total, int concurrency, Func<int, Task> operation)
    {
        var next = -1;
        var stopwatch = Stopwatch.StartNew();
        var callers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < total; i = Interlocked.Increment(ref next))
            {
                await operation(i);
            }
        });
        await Task.WhenAll(callers);
        return total / stopwatch.Elapsed.TotalSeconds;
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
