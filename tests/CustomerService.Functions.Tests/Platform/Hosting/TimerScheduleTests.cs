using System.Globalization;
using CustomerService.Functions.Platform.Hosting.Scheduling;

namespace CustomerService.Functions.Tests.Platform.Hosting;

public sealed class TimerScheduleTests
{
    private static DateTimeOffset At(string utc) =>
        DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private static string Next(string schedule, string after) =>
        TimerSchedule.Parse(schedule).GetNextOccurrence(At(after)).ToString("yyyy-MM-dd HH:mm:ss ddd", CultureInfo.InvariantCulture);

    [Theory]
    // every second / step of seconds; strictly after, from the next whole second
    [InlineData("* * * * * *", "2025-03-01 10:00:00", "2025-03-01 10:00:01 Sat")]
    [InlineData("* * * * * *", "2025-03-01 10:00:00.999", "2025-03-01 10:00:01 Sat")]
    [InlineData("*/15 * * * * *", "2025-03-01 10:00:14", "2025-03-01 10:00:15 Sat")]
    [InlineData("*/15 * * * * *", "2025-03-01 10:00:45", "2025-03-01 10:01:00 Sat")]
    // the Functions docs' examples
    [InlineData("0 */5 * * * *", "2025-03-01 10:04:59", "2025-03-01 10:05:00 Sat")]
    [InlineData("0 0 * * * *", "2025-03-01 10:00:00", "2025-03-01 11:00:00 Sat")]
    [InlineData("0 0 */2 * * *", "2025-03-01 11:00:00", "2025-03-01 12:00:00 Sat")]
    [InlineData("0 0 9-17 * * *", "2025-03-01 17:30:00", "2025-03-02 09:00:00 Sun")]
    [InlineData("0 30 9 * * *", "2025-03-01 09:30:00", "2025-03-02 09:30:00 Sun")]
    [InlineData("0 30 9 * * 1-5", "2025-02-28 09:30:00", "2025-03-03 09:30:00 Mon")]
    [InlineData("0 30 9 * Jan Mon", "2025-03-01 00:00:00", "2026-01-05 09:30:00 Mon")]
    [InlineData("0 0 0 1 JAN *", "2025-12-31 23:59:59", "2026-01-01 00:00:00 Thu")]
    // lists, ranges with steps, "a/n" (from a to the end)
    [InlineData("0 5,35 * * * *", "2025-03-01 10:06:00", "2025-03-01 10:35:00 Sat")]
    [InlineData("0 0 8-18/4 * * *", "2025-03-01 12:00:00", "2025-03-01 16:00:00 Sat")]
    [InlineData("0 0 8-18/4 * * *", "2025-03-01 16:00:00", "2025-03-02 08:00:00 Sun")]
    [InlineData("10/20 * * * * *", "2025-03-01 10:00:31", "2025-03-01 10:00:50 Sat")]
    [InlineData("0 0 12 1,15 * *", "2025-03-15 12:00:00", "2025-04-01 12:00:00 Tue")]
    // month and year ends
    [InlineData("0 0 0 31 * *", "2025-04-01 00:00:00", "2025-05-31 00:00:00 Sat")]
    [InlineData("0 0 0 * * *", "2025-12-31 12:00:00", "2026-01-01 00:00:00 Thu")]
    [InlineData("59 59 23 31 12 *", "2025-12-31 23:59:59", "2026-12-31 23:59:59 Thu")]
    [InlineData("0 0 0 30 * *", "2025-01-30 00:00:00", "2025-03-30 00:00:00 Sun")]
    // leap days
    [InlineData("0 0 0 29 2 *", "2025-01-01 00:00:00", "2028-02-29 00:00:00 Tue")]
    [InlineData("0 0 0 29 FEB *", "2024-02-29 00:00:00", "2028-02-29 00:00:00 Tue")]
    [InlineData("0 0 0 29 2 1", "2025-01-01 00:00:00", "2044-02-29 00:00:00 Mon")]
    [InlineData("0 0 0 * 2 *", "2024-02-28 00:00:00", "2024-02-29 00:00:00 Thu")]
    // Sunday is 0, 7 and SUN; ranges crossing into 7
    [InlineData("0 0 10 * * 0", "2025-03-01 00:00:00", "2025-03-02 10:00:00 Sun")]
    [InlineData("0 0 10 * * 7", "2025-03-01 00:00:00", "2025-03-02 10:00:00 Sun")]
    [InlineData("0 0 10 * * sun", "2025-03-01 00:00:00", "2025-03-02 10:00:00 Sun")]
    [InlineData("0 0 10 * * 5-7", "2025-03-02 10:00:00", "2025-03-07 10:00:00 Fri")]
    [InlineData("0 0 10 * * SAT,SUN", "2025-03-02 10:00:00", "2025-03-08 10:00:00 Sat")]
    // restricted day and day-of-week must both match (NCrontab): Friday the 13th
    [InlineData("0 0 0 13 * FRI", "2025-01-01 00:00:00", "2025-06-13 00:00:00 Fri")]
    // five fields mean second 0
    [InlineData("*/10 * * * *", "2025-03-01 10:01:30", "2025-03-01 10:10:00 Sat")]
    // interval form
    [InlineData("00:05:00", "2025-03-01 10:01:30", "2025-03-01 10:06:30 Sat")]
    [InlineData("1.00:00:00", "2025-03-01 10:01:30", "2025-03-02 10:01:30 Sun")]
    public void Next_occurrence(string schedule, string after, string expected) =>
        Assert.Equal(expected, Next(schedule, after));

    [Fact]
    public void Occurrences_keep_a_step_across_a_day_end()
    {
        var schedule = TimerSchedule.Parse("0 0 */7 * * *");
        var t = At("2025-03-01 20:00:00");
        var seen = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            t = schedule.GetNextOccurrence(t);
            seen.Add(t.Hour);
        }
        Assert.Equal([21, 0, 7, 14, 21], seen);
    }

    [Fact]
    public void Offset_input_is_read_as_the_same_instant_in_utc()
    {
        var after = new DateTimeOffset(2025, 3, 1, 12, 59, 0, TimeSpan.FromHours(3)); // 09:59 UTC
        var next = TimerSchedule.Parse("0 0 10 * * *").GetNextOccurrence(after);
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 10, 0, 0, TimeSpan.Zero), next);
        Assert.Equal(TimeSpan.Zero, next.Offset);
    }

    [Theory]
    [InlineData("")]
    [InlineData("* * * *")]
    [InlineData("* * * * * * *")]
    [InlineData("60 * * * * *")]
    [InlineData("* 60 * * * *")]
    [InlineData("* * 24 * * *")]
    [InlineData("* * * 0 * *")]
    [InlineData("* * * 32 * *")]
    [InlineData("* * * * 13 *")]
    [InlineData("* * * * * 8")]
    [InlineData("*/0 * * * * *")]
    [InlineData("5-1 * * * * *")]
    [InlineData("1,,2 * * * * *")]
    [InlineData("a * * * * *")]
    [InlineData("* * * * FOO *")]
    [InlineData("0 0 0 30 2 *")] // never occurs
    [InlineData("0 0 0 31 4,6,9,11 *")] // never occurs
    [InlineData("00:00:00")]
    [InlineData("25:00:00")]
    public void Invalid_or_impossible_schedules_are_rejected(string schedule) =>
        Assert.Throws<FormatException>(() => TimerSchedule.Parse(schedule));
}
