using Azure;
using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Platform.Storage.Documents;

namespace CustomerService.Functions.Features.Deadlines.Calendars.Editing;

/// <summary>
/// Calendar years administrators load, in the <see cref="DocumentStore"/> (kind <c>calendar-year</c>,
/// id <c>{organization}.{year}</c>), over the shipped years (<see cref="ShippedCalendars"/>). A year
/// never saved has the ETag <see cref="UnsavedETag"/>: saving with it creates the first version.
/// </summary>
public sealed class CalendarYearStore(DocumentStore documents)
{
    public const string Kind = "calendar-year";
    public const string UnsavedETag = "\"unsaved\"";

    public static string IdOf(string organizationId, int year) => $"{organizationId}.{year}";

    /// <summary>Every stored year of every organization (current versions).</summary>
    public async Task<IReadOnlyList<StoredDocument<StoredCalendarYear>>> ListAsync(CancellationToken cancellationToken) =>
        await documents.ListAsync<StoredCalendarYear>(Kind, cancellationToken);

    public async Task<EditableCalendarYear> GetAsync(OrganizationProfile organization, int year, CancellationToken cancellationToken)
    {
        var stored = await documents.GetAsync<StoredCalendarYear>(Kind, IdOf(organization.Id, year), cancellationToken);
        return Editable(organization, year, stored);
    }

    /// <summary>Saves a validated year, or its withdrawal, as a new version; <paramref name="ifMatch"/> is the ETag the administrator read.</summary>
    /// <exception cref="DocumentConflictException">Someone else saved meanwhile (or the ETag is unknown): nothing was written.</exception>
    public async Task<EditableCalendarYear> SaveAsync(OrganizationProfile organization, StoredCalendarYear value, string ifMatch, string changedBy, CancellationToken cancellationToken)
    {
        ETag? expected = ifMatch == UnsavedETag ? null : new ETag(ifMatch);
        var saved = await documents.PutAsync(Kind, IdOf(organization.Id, value.Year), value, expected, changedBy, cancellationToken);
        return Editable(organization, value.Year, saved);
    }

    public Task<IReadOnlyList<DocumentRevision>> HistoryAsync(string organizationId, int year, CancellationToken cancellationToken) =>
        documents.HistoryAsync(Kind, IdOf(organizationId, year), cancellationToken);

    public StoredCalendarYear Document(string json) => documents.Deserialize<StoredCalendarYear>(json);

    private static EditableCalendarYear Editable(OrganizationProfile organization, int year, StoredDocument<StoredCalendarYear>? stored)
    {
        var shipped = ShippedCalendars.Years(ShippedCalendars.CountryOf(organization.Jurisdiction)).FirstOrDefault(y => y.Year == year);
        var edited = stored?.Value.InForce;
        var (inForce, origin) = edited is not null ? (edited, CalendarYearOrigin.Edited) : (shipped, shipped is null ? (CalendarYearOrigin?)null : CalendarYearOrigin.Shipped);
        return stored is null
            ? new EditableCalendarYear(organization.Id, year, inForce, origin, 0, UnsavedETag, null, null)
            : new EditableCalendarYear(organization.Id, year, inForce, origin, stored.Version, stored.ETag.ToString(), stored.ChangedAt, stored.ChangedBy);
    }
}
