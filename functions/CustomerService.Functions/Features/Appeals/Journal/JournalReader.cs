using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Features.Appeals.Organizations.Editing;
using CustomerService.Functions.Features.Appeals.Registration;

namespace CustomerService.Functions.Features.Appeals.Journal;

/// <summary>
/// Reads the journal lines of a query from <c>AppealJournal</c>. The service returns rows in
/// key order only and cannot search text, so the lines of the period that pass the server-side
/// filter are read (up to <paramref name="limit"/>), matched against the free text, and sorted in
/// memory. Cost: every page re-reads the filtered period — about one storage request per 1,000
/// rows — which is why the period and the number of rows are bounded.
/// </summary>
public sealed class JournalReader(AppealTables tables, ActiveOrganizationProfile activeProfile, TimeProvider time)
{
    /// <summary>Lines a journal query may gather before it must be narrowed.</summary>
    public const int QueryLimit = 5_000;

    /// <summary>Lines an export may hold (an Excel sheet holds 1,048,576; memory is the limit here).</summary>
    public const int ExportLimit = 20_000;

    /// <summary>The active profile's snapshot: administrators may change the time zone.</summary>
    private OrganizationProfile Profile => activeProfile.Current;

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Profile.TimeZone).DateTime);

    public TimeZoneInfo Zone => Profile.TimeZone;

    /// <summary>The sorted lines, or null when more than <paramref name="limit"/> match.</summary>
    public async Task<IReadOnlyList<JournalEntry>?> ReadAsync(JournalQuery query, int limit, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken);
        var today = Today;
        var filter = JournalFilter.Build(query, Profile.Id, Profile.TimeZone, today);
        var entries = new List<JournalEntry>();
        await foreach (var row in tables.Table(AppealTables.Journal).QueryAsync(filter, cancellationToken: cancellationToken))
        {
            var entry = JournalEntry.From(row, today);
            if (!entry.Matches(query.Text)) continue;
            if (entries.Count == limit) return null;
            entries.Add(entry);
        }
        return [.. JournalOrder.Apply(entries, query.Sort, query.Descending)];
    }
}
