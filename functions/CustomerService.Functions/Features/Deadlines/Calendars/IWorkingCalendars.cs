namespace CustomerService.Functions.Features.Deadlines.Calendars;

/// <summary>The working-day calendar each organization counts deadlines on, as of now.</summary>
public interface IWorkingCalendars
{
    /// <summary>The organization's calendar, or null for an organization without one.</summary>
    WorkingCalendar? Find(string organizationId);
}

/// <summary>Calendars given up front (the shipped ones, or a test's).</summary>
public sealed class FixedCalendars(IReadOnlyDictionary<string, WorkingCalendar> calendars) : IWorkingCalendars
{
    public WorkingCalendar? Find(string organizationId) => calendars.GetValueOrDefault(organizationId);
}
