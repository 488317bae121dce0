namespace CustomerService.Functions.Features.Deadlines.Calendars.Editing;

/// <summary>
/// One organization's calendar year as an administrator saved it (document kind
/// <see cref="CalendarYearStore.Kind"/>): the year, or its withdrawal, after which the shipped year
/// (or, without one, the weekly schedule alone) applies again.
/// </summary>
public sealed record StoredCalendarYear(int Year, string? Source, IReadOnlyList<CalendarDay>? Days, bool Withdrawn = false)
{
    public static StoredCalendarYear From(CalendarYear year) => new(year.Year, year.Source, year.Days);

    public static StoredCalendarYear Withdrawal(int year) => new(year, null, null, Withdrawn: true);

    /// <summary>The year in force, or null when this version withdraws the edit.</summary>
    public CalendarYear? InForce => Withdrawn || Source is null || Days is null ? null : new CalendarYear(Year, Source, Days);
}

/// <summary>Where a calendar year in force comes from.</summary>
public enum CalendarYearOrigin
{
    /// <summary>Shipped with the app (embedded data with its legal source).</summary>
    Shipped,

    /// <summary>Loaded or edited by an administrator.</summary>
    Edited,
}

/// <summary>A year as administrators see it: what is in force, its origin, and the ETag for the next change.</summary>
/// <param name="Year">The year in force; null when neither shipped nor loaded (weekly schedule only).</param>
/// <param name="Version">Stored version (0: never saved).</param>
public sealed record EditableCalendarYear(string OrganizationId, int YearNumber, CalendarYear? Year, CalendarYearOrigin? Origin, int Version, string ETag, DateTimeOffset? ChangedAt, string? ChangedBy);
