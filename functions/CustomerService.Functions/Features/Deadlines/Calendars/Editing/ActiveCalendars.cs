using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Platform.Storage.Documents;

namespace CustomerService.Functions.Features.Deadlines.Calendars.Editing;

/// <summary>
/// The calendars in force: each organization's shipped years with the years administrators loaded
/// laid over them, as an in-memory snapshot (<see cref="RefreshingSnapshot{T}"/>), so planning stays
/// pure and does no I/O. A save through this instance applies at once; another instance's within
/// about 35 s. Deadlines already planned keep their dates until the appeal's next change re-plans them.
/// </summary>
public sealed class ActiveCalendars : IWorkingCalendars
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(5);

    private readonly CalendarYearStore _store;
    private readonly RefreshingSnapshot<CalendarBook> _snapshot;

    public ActiveCalendars(CalendarYearStore store, TimeProvider time, ILogger<ActiveCalendars> logger)
    {
        _store = store;
        _snapshot = new(CalendarBook.Of([]), async (_, cancellationToken) => CalendarBook.Of(await LoadAsync(cancellationToken)), time, RefreshInterval, logger, "working-day calendars");
    }

    public WorkingCalendar? Find(string organizationId) => _snapshot.Value.Calendars.GetValueOrDefault(organizationId);

    /// <summary>The first load (app start); callers needing a calendar meanwhile share it.</summary>
    public Task WarmUpAsync() => _snapshot.RefreshAsync();

    /// <summary>An administrator saved a year (or withdrew it) through this instance: count on it from the next call on.</summary>
    public void Accept(string organizationId, StoredCalendarYear saved) => _snapshot.Set(_snapshot.Value.With(organizationId, saved));

    private async Task<IReadOnlyList<(string OrganizationId, CalendarYear Year)>> LoadAsync(CancellationToken cancellationToken) =>
        (await _store.ListAsync(cancellationToken))
            .Where(d => d.Value.InForce is not null)
            .Select(d => (d.Id[..d.Id.LastIndexOf('.')], d.Value.InForce!))
            .ToList();
}

/// <summary>Pure: the stored years and the calendars they give — the shipped years, with a stored year replacing the shipped one of the same year.</summary>
public sealed record CalendarBook(IReadOnlyList<(string OrganizationId, CalendarYear Year)> Stored, IReadOnlyDictionary<string, WorkingCalendar> Calendars)
{
    public static CalendarBook Of(IReadOnlyList<(string OrganizationId, CalendarYear Year)> stored) => new(stored, OrganizationProfiles.All.ToDictionary(p => p.Id, p =>
    {
        var edited = stored.Where(s => s.OrganizationId == p.Id).ToDictionary(s => s.Year.Year, s => s.Year);
        var shipped = ShippedCalendars.Years(ShippedCalendars.CountryOf(p.Jurisdiction)).Where(y => !edited.ContainsKey(y.Year));
        return new WorkingCalendar(p.Id, p.TimeZoneId, WorkingCalendar.MondayToFriday, shipped.Concat(edited.Values));
    }));

    public CalendarBook With(string organizationId, StoredCalendarYear saved)
    {
        var others = Stored.Where(s => !(s.OrganizationId == organizationId && s.Year.Year == saved.Year));
        return Of([.. others, .. saved.InForce is { } year ? [(organizationId, year)] : Array.Empty<(string, CalendarYear)>()]);
    }
}
