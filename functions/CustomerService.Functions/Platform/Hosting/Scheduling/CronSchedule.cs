namespace CustomerService.Functions.Platform.Hosting.Scheduling;

/// <summary>
/// An NCRONTAB schedule as the Functions timer trigger reads it:
/// <c>{second} {minute} {hour} {day} {month} {day-of-week}</c>, each field <c>*</c>, a value,
/// a range <c>a-b</c>, a step <c>*/n</c>, <c>a-b/n</c> or <c>a/n</c>, or a comma list of those.
/// Months take JAN–DEC, days of week SUN–SAT, and Sunday is 0 or 7. Like NCrontab (the host's
/// library) a restricted day and day-of-week must both match. A five-field expression means
/// second 0. Pure: no clock, no I/O.
/// </summary>
public sealed class CronSchedule : TimerSchedule
{
    // No schedule that can occur at all needs more than a Gregorian cycle to do so.
    private const int SearchYears = 400;

    private static readonly string[] MonthNames = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
    private static readonly string[] DayNames = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    private readonly CronField _seconds, _minutes, _hours, _days, _months, _daysOfWeek;

    private CronSchedule(string expression, CronField[] fields)
    {
        Expression = expression;
        (_seconds, _minutes, _hours, _days, _months, _daysOfWeek) = (fields[0], fields[1], fields[2], fields[3], fields[4], fields[5]);
    }

    public string Expression { get; }

    /// <exception cref="FormatException">Invalid expression, or one that never occurs (such as 30 February).</exception>
    public static new CronSchedule Parse(string expression)
    {
        var parts = expression.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 5) parts = ["0", .. parts];
        if (parts.Length != 6)
        {
            throw new FormatException($"'{expression}' must have six fields: {{second}} {{minute}} {{hour}} {{day}} {{month}} {{day-of-week}}.");
        }
        var fields = new[]
        {
            CronField.Parse(parts[0], "second", 0, 59, null),
            CronField.Parse(parts[1], "minute", 0, 59, null),
            CronField.Parse(parts[2], "hour", 0, 23, null),
            CronField.Parse(parts[3], "day", 1, 31, null),
            CronField.Parse(parts[4], "month", 1, 12, MonthNames),
            CronField.Parse(parts[5], "day-of-week", 0, 7, DayNames).FoldSeven(),
        };
        var schedule = new CronSchedule(expression, fields);
        if (schedule.Next(new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc)) is null)
        {
            throw new FormatException($"'{expression}' never occurs.");
        }
        return schedule;
    }

    public override DateTimeOffset GetNextOccurrence(DateTimeOffset after) =>
        Next(after.UtcDateTime) is { } next
            ? new DateTimeOffset(next, TimeSpan.Zero)
            : throw new InvalidOperationException($"'{Expression}' has no occurrence after {after:O}.");

    /// <summary>
    /// Walks forward from the next whole second, jumping a whole month, day, hour or minute
    /// whenever that unit cannot match, so even rare schedules (29 February on a Monday) are quick.
    /// </summary>
    private DateTime? Next(DateTime after)
    {
        var t = new DateTime(after.Ticks - after.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc).AddSeconds(1);
        var limit = t.AddYears(SearchYears);
        while (t < limit)
        {
            if (!_months.Contains(t.Month))
                t = new DateTime(t.Year, t.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(1);
            else if (!_days.Contains(t.Day) || !_daysOfWeek.Contains((int)t.DayOfWeek))
                t = t.Date.AddDays(1);
            else if (!_hours.Contains(t.Hour))
                t = t.Date.AddHours(t.Hour + 1);
            else if (!_minutes.Contains(t.Minute))
                t = t.Date.AddHours(t.Hour).AddMinutes(t.Minute + 1);
            else if (!_seconds.Contains(t.Second))
                t = t.AddSeconds(1);
            else
                return t;
        }
        return null;
    }

    public override string ToString() => Expression;
}
