namespace CustomerService.Functions.Platform.Hosting.Standalone;

/// <summary>
/// Wait between polls of an empty (or unreachable) queue: starts short and doubles up to
/// maxPollingInterval, as the host's queue listener does, so an idle app costs few transactions
/// and a busy one polls immediately. Pure.
/// </summary>
public sealed class PollingBackoff(TimeSpan maximum)
{
    public static readonly TimeSpan Minimum = TimeSpan.FromMilliseconds(100);
    private TimeSpan _next = Minimum;

    /// <summary>The delay to wait now; the following one is twice as long, capped.</summary>
    public TimeSpan NextDelay()
    {
        var delay = _next < maximum ? _next : maximum;
        _next = delay * 2;
        return delay;
    }

    /// <summary>A message arrived: poll again at once, and back off from the start next time.</summary>
    public void Reset() => _next = Minimum;
}
