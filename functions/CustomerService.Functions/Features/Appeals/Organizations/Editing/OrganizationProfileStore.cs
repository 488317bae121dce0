using Azure;
using CustomerService.Functions.Platform.Http;
using CustomerService.Functions.Platform.Storage.Documents;

namespace CustomerService.Functions.Features.Appeals.Organizations.Editing;

/// <summary>A profile as administrators see it: the shipped one (version 0, ETag <c>"shipped"</c>) until someone saves an edit.</summary>
public sealed record EditableProfile(OrganizationProfile Profile, int Version, string ETag, DateTimeOffset? ChangedAt, string? ChangedBy)
{
    public bool Shipped => Version == 0;
}

/// <summary>
/// Organization profiles in the <see cref="DocumentStore"/> (kind <c>organization-profile</c>, id =
/// profile id), with the shipped profiles (<see cref="OrganizationProfiles"/>) as defaults. Only the
/// shipped ids can be edited: screening rules, numbering and docs exist for those organizations only.
/// </summary>
public sealed class OrganizationProfileStore(DocumentStore documents, ILogger<OrganizationProfileStore> logger)
{
    public const string Kind = "organization-profile";

    /// <summary>The ETag of a profile nobody has edited: PUT with it creates the first stored version.</summary>
    public const string ShippedETag = "\"shipped\"";

    public async Task<EditableProfile?> GetAsync(string id, CancellationToken cancellationToken)
    {
        if (OrganizationProfiles.Find(id) is not { } shipped) return null;
        var stored = await documents.GetAsync<OrganizationProfileDocument>(Kind, id, cancellationToken);
        return stored is null ? Shipped(shipped) : FromStored(stored, shipped);
    }

    /// <summary>Every editable profile, in the shipped order.</summary>
    public async Task<IReadOnlyList<EditableProfile>> ListAsync(CancellationToken cancellationToken)
    {
        var stored = (await documents.ListAsync<OrganizationProfileDocument>(Kind, cancellationToken)).ToDictionary(d => d.Id, StringComparer.Ordinal);
        return OrganizationProfiles.All.Select(p => stored.TryGetValue(p.Id, out var d) ? FromStored(d, p) : Shipped(p)).ToList();
    }

    /// <summary>Saves a validated profile as a new version; <paramref name="ifMatch"/> is the ETag the administrator edited.</summary>
    /// <exception cref="DocumentConflictException">Someone else saved meanwhile (or the ETag is unknown): nothing was written.</exception>
    public async Task<EditableProfile> SaveAsync(OrganizationProfile profile, string ifMatch, string changedBy, CancellationToken cancellationToken)
    {
        ETag? expected = ifMatch == ShippedETag ? null : new ETag(ifMatch);
        var saved = await documents.PutAsync(Kind, profile.Id, OrganizationProfileDocument.From(profile), expected, changedBy, cancellationToken);
        return new EditableProfile(profile, saved.Version, saved.ETag.ToString(), saved.ChangedAt, saved.ChangedBy);
    }

    public Task<IReadOnlyList<DocumentRevision>> HistoryAsync(string id, CancellationToken cancellationToken) =>
        documents.HistoryAsync(Kind, id, cancellationToken);

    /// <summary>A stored version as the document it was, or null when there is no such version.</summary>
    public async Task<OrganizationProfileDocument?> RevisionAsync(string id, int version, CancellationToken cancellationToken) =>
        await documents.RevisionAsync(Kind, id, version, cancellationToken) is { } revision ? Document(revision.Json) : null;

    public OrganizationProfileDocument Document(string json) => documents.Deserialize<OrganizationProfileDocument>(json);

    private static EditableProfile Shipped(OrganizationProfile profile) => new(profile, 0, ShippedETag, null, null);

    /// <summary>
    /// A stored profile that no longer validates (the code's rules changed since it was saved) falls back to the
    /// shipped values but keeps its ETag, so an administrator can read it and save a corrected version.
    /// </summary>
    private EditableProfile FromStored(StoredDocument<OrganizationProfileDocument> stored, OrganizationProfile shipped)
    {
        var problems = new ValidationProblemBuilder();
        var profile = OrganizationProfileValidator.Validate(stored.Value, shipped.Id, problems);
        if (profile is null)
        {
            logger.LogError("Stored organization profile {ProfileId} version {Version} is invalid ({Fields}); the shipped profile is used until an administrator saves a valid one",
                shipped.Id, stored.Version, string.Join(", ", problems.Errors.Keys));
        }
        return new EditableProfile(profile ?? shipped, stored.Version, stored.ETag.ToString(), stored.ChangedAt, stored.ChangedBy);
    }
}
