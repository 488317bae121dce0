namespace CustomerService.Functions.Platform.Hosting.Invocation;

/// <summary>One run of a timer function.</summary>
/// <param name="ScheduledTime">
/// The occurrence this run is for (UTC). Standalone: the exact schedule second. Hosted: the host
/// does not send the occurrence, so this is its invocation time (<c>Metadata.sys.UtcNow</c>).
/// </param>
/// <param name="IsPastDue">True when the run happens later than scheduled (the app was down or busy).</param>
/// <param name="ScheduleStatus">Last/next occurrences, or null when the host has no schedule monitor.</param>
public sealed record TimerInvocation(
    string FunctionName,
    string InvocationId,
    DateTimeOffset ScheduledTime,
    bool IsPastDue,
    TimerScheduleStatus? ScheduleStatus)
{
    public InvocationLog Log { get; } = new();
}

public sealed record TimerScheduleStatus(DateTimeOffset? Last, DateTimeOffset? Next, DateTimeOffset? LastUpdated);
