using System.Globalization;

namespace CustomerService.Functions.Platform.Hosting.Scheduling;

/// <summary>
/// When a timer function runs: a six-field NCRONTAB expression (<see cref="CronSchedule"/>) or,
/// as the Functions host also accepts, a constant <c>hh:mm:ss</c> interval. Always UTC: Flex
/// Consumption and Linux plans ignore WEBSITE_TIME_ZONE, so local time would differ by mode.
/// </summary>
public abstract class TimerSchedule
{
    /// <summary>The first occurrence strictly after <paramref name="after"/>, in UTC.</summary>
    public abstract DateTimeOffset GetNextOccurrence(DateTimeOffset after);

    /// <exception cref="FormatException">The expression is invalid or never occurs.</exception>
    public static TimerSchedule Parse(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var trimmed = expression.Trim();
        if (trimmed.Contains(':', StringComparison.Ordinal) && !trimmed.Contains(' ', StringComparison.Ordinal))
        {
            return IntervalSchedule.Parse(trimmed);
        }
        return CronSchedule.Parse(trimmed);
    }
}

/// <summary>Every <see cref="Interval"/> after the previous run (the host's TimeSpan schedule).</summary>
public sealed class IntervalSchedule : TimerSchedule
{
    private IntervalSchedule(TimeSpan interval) => Interval = interval;

    public TimeSpan Interval { get; }

    public override DateTimeOffset GetNextOccurrence(DateTimeOffset after) => after.ToUniversalTime() + Interval;

    public static new IntervalSchedule Parse(string expression)
    {
        if (!TimeSpan.TryParseExact(expression, [@"hh\:mm\:ss", @"d\.hh\:mm\:ss"], CultureInfo.InvariantCulture, out var interval) || interval <= TimeSpan.Zero)
        {
            throw new FormatException($"'{expression}' is not a positive hh:mm:ss interval.");
        }
        return new IntervalSchedule(interval);
    }

    public override string ToString() => Interval.ToString("c", CultureInfo.InvariantCulture);
}
