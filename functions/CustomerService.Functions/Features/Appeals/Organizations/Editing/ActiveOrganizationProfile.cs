using CustomerService.Functions.Platform.Storage.Documents;

namespace CustomerService.Functions.Features.Appeals.Organizations.Editing;

/// <summary>
/// The profile of the organization this app serves (<see cref="AppealsSettings.Organization"/>) as
/// currently saved by administrators: an in-memory snapshot, so intake and the workflow read it without
/// I/O. A snapshot older than <see cref="RefreshInterval"/> is refreshed in the background from the
/// document store (itself cached 30 s), so another instance's edit shows within about 35 s and an edit
/// through this instance at once (<see cref="Accept"/>). Requests see one snapshot each: the scoped
/// <see cref="OrganizationProfile"/> service is resolved from <see cref="Current"/>.
/// </summary>
public sealed class ActiveOrganizationProfile
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(5);

    private readonly RefreshingSnapshot<OrganizationProfile> _snapshot;

    public ActiveOrganizationProfile(IConfiguration configuration, OrganizationProfileStore store, TimeProvider time, ILogger<ActiveOrganizationProfile> logger)
    {
        var shipped = AppealsRegistration.SelectProfile(configuration);
        Id = shipped.Id;
        _snapshot = new RefreshingSnapshot<OrganizationProfile>(shipped,
            async (previous, cancellationToken) => (await store.GetAsync(Id, cancellationToken).ConfigureAwait(false))?.Profile ?? previous,
            time, RefreshInterval, logger, $"organization profile {Id}");
    }

    /// <summary>The configured organization's id; it never changes while the app runs.</summary>
    public string Id { get; }

    /// <summary>
    /// The current snapshot. Only before the first load finishes (the start-up warm-up begins it) does
    /// this wait for storage; afterwards a stale snapshot is served while a refresh runs.
    /// </summary>
    public OrganizationProfile Current => _snapshot.Value;

    /// <summary>The first load (app start); callers needing the profile meanwhile share it.</summary>
    public Task WarmUpAsync() => _snapshot.RefreshAsync();

    /// <summary>An administrator saved a profile through this instance: use it from the next request on.</summary>
    public void Accept(EditableProfile saved)
    {
        if (string.Equals(saved.Profile.Id, Id, StringComparison.Ordinal)) _snapshot.Set(saved.Profile);
    }
}
