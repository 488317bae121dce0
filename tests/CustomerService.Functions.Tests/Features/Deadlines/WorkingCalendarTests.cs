using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Features.Deadlines.Calendars;

namespace CustomerService.Functions.Tests.Features.Deadlines;

public sealed class WorkingCalendarTests
{
    private static readonly WorkingCalendar Russia = ShippedCalendars.For(OrganizationProfiles.Find(OrganizationIds.Tatenergosbyt)!);
    private static readonly WorkingCalendar Kazakhstan = ShippedCalendars.For(OrganizationProfiles.Find(OrganizationIds.Astanaenergosbyt)!);

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static int WorkingDaysIn(WorkingCalendar calendar, int year) => calendar.WorkingDaysBetween(new DateOnly(year - 1, 12, 31), new DateOnly(year, 12, 31));

    [Fact]
    public void Shipped_years_are_Russia_2025_2026_and_Kazakhstan_2025_each_naming_its_legal_source()
    {
        Assert.Equal([2025, 2026], ShippedCalendars.Years("ru").Select(y => y.Year));
        Assert.Equal([2025], ShippedCalendars.Years("kz").Select(y => y.Year));
        Assert.Contains("№ 1335", ShippedCalendars.Years("ru")[0].Source);
        Assert.Contains("24.09.2025", ShippedCalendars.Years("ru")[1].Source);
        Assert.Contains("ст. 85", ShippedCalendars.Years("kz")[0].Source);
    }

    [Theory]
    [InlineData("ru", 2025, 247)] // decree No. 1335: 247 working days, 118 days off
    [InlineData("ru", 2026, 247)]
    [InlineData("kz", 2025, 246)] // five-day week: 246 working days
    public void Working_days_in_a_year_match_the_official_totals(string country, int year, int expected)
    {
        var calendar = new WorkingCalendar(country, "Europe/Moscow", WorkingCalendar.MondayToFriday, ShippedCalendars.Years(country));
        Assert.Equal(expected, WorkingDaysIn(calendar, year));
    }

    [Theory]
    [InlineData("2025-11-01", DayStatus.Shortened)] // working Saturday before 3–4 November
    [InlineData("2025-11-03", DayStatus.DayOff)]
    [InlineData("2025-05-08", DayStatus.DayOff)] // from 23 February
    [InlineData("2025-06-13", DayStatus.DayOff)] // from 8 March
    [InlineData("2025-12-31", DayStatus.DayOff)] // from 5 January
    [InlineData("2026-01-09", DayStatus.DayOff)] // from 3 January
    [InlineData("2026-03-09", DayStatus.DayOff)]
    [InlineData("2026-05-08", DayStatus.Shortened)]
    [InlineData("2025-12-30", DayStatus.Working)]
    [InlineData("2025-12-27", DayStatus.Weekend)]
    [InlineData("2026-01-07", DayStatus.Holiday)]
    public void Russian_days_are_classified_as_the_decrees_say(string date, DayStatus expected) =>
        Assert.Equal(expected, Russia.StatusOf(D(date)));

    [Theory]
    [InlineData("2025-01-05", DayStatus.Working)] // Sunday worked, day off moved to 3 January
    [InlineData("2025-01-03", DayStatus.DayOff)]
    [InlineData("2025-03-25", DayStatus.DayOff)]
    [InlineData("2025-10-27", DayStatus.DayOff)]
    [InlineData("2025-12-16", DayStatus.Holiday)]
    [InlineData("2025-12-31", DayStatus.Working)] // no New Year's Eve day off in Kazakhstan
    public void Kazakh_days_are_classified_as_the_labour_code_says(string date, DayStatus expected) =>
        Assert.Equal(expected, Kazakhstan.StatusOf(D(date)));

    [Fact]
    public void Working_days_across_the_Russian_year_end_skip_31_December_and_the_January_holidays()
    {
        // Tue 30 Dec 2025 + 3 working days: 31 Dec (day off), 1–11 Jan (holidays, weekend, 9 Jan transferred) → 12, 13, 14 Jan.
        var count = Russia.AddWorkingDays(D("2025-12-30"), 3);
        Assert.Equal(D("2026-01-14"), count.End);
        Assert.Equal(12, count.Skipped.Count);
        Assert.Equal(D("2025-12-31"), count.Skipped[0]);
        Assert.Empty(count.YearsNotCovered);
    }

    [Fact]
    public void Calendar_days_ending_on_a_holiday_move_to_the_next_working_day_art_193()
    {
        // 2 Dec 2025 + 30 calendar days = 1 Jan 2026 (holiday) → 12 Jan 2026.
        var moved = Russia.AddCalendarDays(D("2025-12-02"), 30, moveOffNonWorkingDay: true);
        Assert.Equal(D("2026-01-12"), moved.End);
        Assert.Equal(D("2026-01-01"), moved.MovedFrom);
        Assert.Equal(11, moved.Skipped.Count);

        var kept = Russia.AddCalendarDays(D("2025-12-02"), 30, moveOffNonWorkingDay: false);
        Assert.Equal(D("2026-01-01"), kept.End);
        Assert.Null(kept.MovedFrom);
    }

    [Fact]
    public void Kazakh_working_days_across_Nauryz_skip_the_holidays_and_their_transfers()
    {
        // Thu 20 Mar 2025 + 2 working days: 21–25 March off (Nauryz and two transfers) → 26, 27 March.
        Assert.Equal(D("2025-03-27"), Kazakhstan.AddWorkingDays(D("2025-03-20"), 2).End);
        // The working Sunday 5 January 2025 counts.
        Assert.Equal(D("2025-01-05"), Kazakhstan.AddWorkingDays(D("2024-12-31"), 1).End);
    }

    [Fact]
    public void A_year_without_a_production_calendar_counts_Monday_to_Friday_and_says_so()
    {
        var count = Kazakhstan.AddWorkingDays(D("2026-12-30"), 5);
        Assert.Equal(D("2027-01-06"), count.End);
        Assert.Equal([2026, 2027], count.YearsNotCovered);
    }

    [Fact]
    public void Zero_days_is_the_start_day_and_the_end_of_day_is_local()
    {
        Assert.Equal(D("2025-11-01"), Russia.AddWorkingDays(D("2025-11-01"), 0).End);
        var end = Russia.EndOfDay(D("2026-01-12"));
        Assert.Equal(TimeSpan.FromHours(3), end.Offset);
        Assert.Equal(new DateTime(2026, 1, 12, 23, 59, 59), end.DateTime);
    }
}
