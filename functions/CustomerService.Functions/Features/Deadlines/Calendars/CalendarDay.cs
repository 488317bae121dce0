namespace CustomerService.Functions.Features.Deadlines.Calendars;

/// <summary>A day that differs from the weekly schedule (the rows of a production calendar).</summary>
public enum CalendarDayKind
{
    /// <summary>Нерабочий праздничный день (ТК РФ ст. 112; ТК РК ст. 85).</summary>
    Holiday,

    /// <summary>A weekday made a day off: a transferred weekend or a non-working day by decree («перенос выходного»).</summary>
    DayOff,

    /// <summary>A weekend day made a working day by a transfer.</summary>
    Working,

    /// <summary>A pre-holiday working day, one hour shorter (ТК РФ ст. 95). Still a whole working day for deadlines.</summary>
    Shortened,
}

/// <param name="Note">Why, in Russian: the holiday's name or the transfer («перенос с 4 января»).</param>
public sealed record CalendarDay(DateOnly Date, CalendarDayKind Kind, string? Note = null);

/// <summary>One year of a production calendar and the legal act its dates come from.</summary>
public sealed record CalendarYear(int Year, string Source, IReadOnlyList<CalendarDay> Days);

/// <summary>What a date is for deadline counting.</summary>
public enum DayStatus
{
    Working,
    Shortened,
    Weekend,
    Holiday,
    DayOff,
}
