using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Features.Deadlines.Calendars;

namespace CustomerService.Functions.Features.Appeals.Organizations;

/// <summary>
/// The date the acknowledgement promises an answer by: the registration date in the
/// organization's time zone plus the promised days. Working days are Mon–Fri WITHOUT public
/// holidays (the production calendars come with issue #4), which the basis text says.
/// </summary>
public static class PromiseCalculator
{
    public static DateOnly PromisedBy(DateTimeOffset registeredAt, TimeZoneInfo zone, AnswerPromise promise)
    {
        var start = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(registeredAt, zone).DateTime);
        return promise.DayType == DayType.Calendar ? start.AddDays(promise.Days) : AddWorkingDays(start, promise.Days);
    }

    /// <summary>
    /// The promised date on the organization's production calendar: working days skip holidays
    /// and transferred days off; a calendar-day promise ending on a non-working day moves to the
    /// next working day (ГК РФ ст. 193), as the deadline itself does. Without a calendar: as above.
    /// </summary>
    public static DateOnly PromisedBy(DateTimeOffset registeredAt, TimeZoneInfo zone, AnswerPromise promise, WorkingCalendar? calendar) =>
        calendar is null ? PromisedBy(registeredAt, zone, promise) : PromisedBy(registeredAt, calendar, promise);

    public static DateOnly PromisedBy(DateTimeOffset registeredAt, WorkingCalendar calendar, AnswerPromise promise)
    {
        var start = calendar.LocalDate(registeredAt);
        return promise.DayType == DayType.Calendar
            ? calendar.AddCalendarDays(start, promise.Days, moveOffNonWorkingDay: true).End
            : calendar.AddWorkingDays(start, promise.Days).End;
    }

    /// <summary>The basis text for a promise counted on <paramref name="calendar"/> from <paramref name="registeredAt"/>.</summary>
    public static string Basis(AnswerPromise promise, WorkingCalendar? calendar, DateTimeOffset registeredAt)
    {
        if (calendar is null) return Basis(promise);
        var end = PromisedBy(registeredAt, calendar, promise);
        var covered = calendar.Covers(calendar.LocalDate(registeredAt).Year) && calendar.Covers(end.Year);
        if (!covered) return Basis(promise);
        return promise.DayType == DayType.Working
            ? $"{promise.Days} {DaysWord(promise.Days, "рабочий день", "рабочих дня", "рабочих дней")} (по производственному календарю, без выходных и праздничных дней)"
            : $"{promise.Days} {DaysWord(promise.Days, "календарный день", "календарных дня", "календарных дней")} (окончание в нерабочий день переносится на следующий рабочий день)";
    }

    /// <summary>The Nth Mon–Fri day after <paramref name="start"/> (the registration day itself does not count).</summary>
    public static DateOnly AddWorkingDays(DateOnly start, int days)
    {
        var date = start;
        for (var counted = 0; counted < days;)
        {
            date = date.AddDays(1);
            if (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) counted++;
        }
        return date;
    }

    /// <summary>Russian text for the response and the docs, e.g. «14 рабочих дней (пн–пт, без учёта праздников)».</summary>
    public static string Basis(AnswerPromise promise) => promise.DayType == DayType.Working
        ? $"{promise.Days} {DaysWord(promise.Days, "рабочий день", "рабочих дня", "рабочих дней")} (пн–пт, праздничные дни пока не учитываются)"
        : $"{promise.Days} {DaysWord(promise.Days, "календарный день", "календарных дня", "календарных дней")}";

    private static string DaysWord(int n, string one, string few, string many) =>
        (n % 100) is >= 11 and <= 14 ? many : (n % 10) switch { 1 => one, >= 2 and <= 4 => few, _ => many };
}
