namespace CustomerService.Functions.Features.Deadlines.Calendars;

/// <summary>
/// An organization's working-day calendar: its time zone, weekly schedule and the production
/// calendar years loaded into it. Pure: counting is date arithmetic over data given up front.
/// A year that is not loaded counts by the weekly schedule alone, and results say so
/// (<see cref="DayCount.YearsNotCovered"/>) so nobody mistakes the result for an official one.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly Dictionary<DateOnly, CalendarDay> exceptions;

    public WorkingCalendar(string id, string timeZoneId, IReadOnlySet<DayOfWeek> workingWeekdays, IEnumerable<CalendarYear> years)
    {
        Id = id;
        TimeZoneId = timeZoneId;
        TimeZone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        WorkingWeekdays = workingWeekdays;
        Years = years.OrderBy(y => y.Year).ToList();
        exceptions = Years.SelectMany(y => y.Days).ToDictionary(d => d.Date);
    }

    public static IReadOnlySet<DayOfWeek> MondayToFriday { get; } =
        new HashSet<DayOfWeek> { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday };

    public string Id { get; }
    public string TimeZoneId { get; }
    public TimeZoneInfo TimeZone { get; }
    public IReadOnlySet<DayOfWeek> WorkingWeekdays { get; }
    public IReadOnlyList<CalendarYear> Years { get; }

    public bool Covers(int year) => Years.Any(y => y.Year == year);

    public CalendarYear? Year(int year) => Years.FirstOrDefault(y => y.Year == year);

    public CalendarDay? Exception(DateOnly date) => exceptions.GetValueOrDefault(date);

    public DayStatus StatusOf(DateOnly date) => exceptions.TryGetValue(date, out var day)
        ? day.Kind switch
        {
            CalendarDayKind.Holiday => DayStatus.Holiday,
            CalendarDayKind.DayOff => DayStatus.DayOff,
            CalendarDayKind.Shortened => DayStatus.Shortened,
            _ => DayStatus.Working,
        }
        : WorkingWeekdays.Contains(date.DayOfWeek) ? DayStatus.Working : DayStatus.Weekend;

    public bool IsWorkingDay(DateOnly date) => StatusOf(date) is DayStatus.Working or DayStatus.Shortened;

    /// <summary>The organization's local date of an instant.</summary>
    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime);

    /// <summary>The last moment of a local date (23:59:59), as an instant: a deadline "by the date" runs to the end of it.</summary>
    public DateTimeOffset EndOfDay(DateOnly date) => At(date, new TimeOnly(23, 59, 59));

    /// <summary>A local wall-clock time on a date, as an instant (a skipped DST hour moves forward).</summary>
    public DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        while (TimeZone.IsInvalidTime(local)) local = local.AddHours(1);
        return new DateTimeOffset(local, TimeZone.GetUtcOffset(local));
    }

    /// <summary>
    /// The date <paramref name="days"/> working days after <paramref name="start"/>: the start day
    /// itself does not count (ГК РФ ст. 191); 0 days is the start day.
    /// </summary>
    public DayCount AddWorkingDays(DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var skipped = new List<DateOnly>();
        var date = start;
        for (var counted = 0; counted < days;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date)) counted++;
            else skipped.Add(date);
        }
        return new DayCount(start, date, days, skipped, null, NotCovered(start, date));
    }

    /// <summary>
    /// The date <paramref name="days"/> calendar days after <paramref name="start"/>; when it is not
    /// a working day and <paramref name="moveOffNonWorkingDay"/> is set, the next working day
    /// (ГК РФ ст. 193; for Kazakhstan the profile decides, and explanations cite no Russian article).
    /// </summary>
    public DayCount AddCalendarDays(DateOnly start, int days, bool moveOffNonWorkingDay)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var end = start.AddDays(days);
        if (!moveOffNonWorkingDay || IsWorkingDay(end)) return new DayCount(start, end, days, [], null, NotCovered(start, end));
        var skipped = new List<DateOnly>();
        var moved = end;
        while (!IsWorkingDay(moved))
        {
            skipped.Add(moved);
            moved = moved.AddDays(1);
        }
        return new DayCount(start, moved, days, skipped, end, NotCovered(start, moved));
    }

    /// <summary>Working days strictly after <paramref name="from"/> up to and including <paramref name="to"/>.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
            if (IsWorkingDay(date)) count++;
        return count;
    }

    private IReadOnlyList<int> NotCovered(DateOnly from, DateOnly to) =>
        Enumerable.Range(from.Year, to.Year - from.Year + 1).Where(y => !Covers(y)).ToList();
}

/// <summary>The result of counting days: where it ended and what it passed over.</summary>
/// <param name="Skipped">Non-working days passed over (working count) or stepped over by the art. 193 move (calendar count).</param>
/// <param name="MovedFrom">The non-working day the count first ended on, when it was moved to the next working day.</param>
/// <param name="YearsNotCovered">Years counted by the weekly schedule only: no production calendar is loaded for them.</param>
public sealed record DayCount(DateOnly Start, DateOnly End, int Days, IReadOnlyList<DateOnly> Skipped, DateOnly? MovedFrom, IReadOnlyList<int> YearsNotCovered);
