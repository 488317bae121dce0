namespace CustomerService.Functions.Tests.Support;

/// <summary>
/// Waits for something the app does asynchronously (queue functions, projections) by polling a
/// condition, bounded by a timeout — never a fixed sleep and never a timing assertion.
/// </summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    public static async Task UntilAsync(Func<Task<bool>> condition, string whatFailed, TimeSpan? timeout = null, int pollMilliseconds = 100)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException(whatFailed);
            await Task.Delay(pollMilliseconds);
        }
    }

    /// <summary>Polls until <paramref name="probe"/> gives a value (not null), and returns it.</summary>
    public static async Task<T> ValueAsync<T>(Func<Task<T?>> probe, string whatFailed, TimeSpan? timeout = null, int pollMilliseconds = 100) where T : class
    {
        T? value = null;
        await UntilAsync(async () => (value = await probe()) is not null, whatFailed, timeout, pollMilliseconds);
        return value!;
    }
}
