using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Features.Deadlines.Calendars.Import;

namespace CustomerService.Functions.Features.Deadlines.Calendars;

/// <summary>
/// The production calendars shipped with the app (embedded <c>Data/*.json</c>), only for years
/// whose official dates are certain, each naming its legal source: Russia 2025 and 2026,
/// Kazakhstan 2025. Other years count Mon–Fri only, and every explanation says so.
/// </summary>
public static class ShippedCalendars
{
    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<CalendarYear>>> Loaded = new(Load);

    /// <summary>Years shipped for a country code (<c>ru</c>, <c>kz</c>).</summary>
    public static IReadOnlyList<CalendarYear> Years(string country) => Loaded.Value.GetValueOrDefault(country.ToLowerInvariant()) ?? [];

    /// <summary>The organization's calendar: its time zone, Mon–Fri, and its country's shipped years.</summary>
    public static WorkingCalendar For(OrganizationProfile profile) =>
        new(profile.Id, profile.TimeZoneId, WorkingCalendar.MondayToFriday, Years(CountryOf(profile.Jurisdiction)));

    public static string CountryOf(Jurisdiction jurisdiction) => jurisdiction == Jurisdiction.KZ ? "kz" : "ru";

    private static IReadOnlyDictionary<string, IReadOnlyList<CalendarYear>> Load()
    {
        var assembly = typeof(ShippedCalendars).Assembly;
        const string prefix = "CustomerService.Functions.Features.Deadlines.Calendars.Data.";
        var years = new Dictionary<string, List<CalendarYear>>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            var result = CalendarJson.Parse(reader.ReadToEnd());
            if (!result.Succeeded) throw new InvalidOperationException($"Shipped calendar {name} is invalid: {string.Join("; ", result.Problems)}");
            var country = name[prefix.Length..].Split('-')[0];
            (years.TryGetValue(country, out var list) ? list : years[country] = []).Add(result.Year!);
        }
        return years.ToDictionary(p => p.Key, p => (IReadOnlyList<CalendarYear>)p.Value);
    }
}
