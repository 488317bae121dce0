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

    private readonly OrganizationProfileStore _store;
    private readonly TimeProvider _time;
    private readonly ILogger<ActiveOrganizationProfile> _logger;
    private readonly Lock _gate = new();
    private volatile Snapshot _snapshot;
    private Task<OrganizationProfile>? _loading;

    public ActiveOrganizationProfile(IConfiguration configuration, OrganizationProfileStore store, TimeProvider time, ILogger<ActiveOrganizationProfile> logger)
    {
        _store = store;
        _time = time;
        _logger = logger;
        var shipped = AppealsRegistration.SelectProfile(configuration);
        Id = shipped.Id;
        _snapshot = new Snapshot(shipped, LoadedAt: null);
    }

    /// <summary>The configured organization's id; it never changes while the app runs.</summary>
    public string Id { get; }

    /// <summary>
    /// The current snapshot. Only before the first load finishes (the start-up warm-up begins it) does
    /// this wait for storage; afterwards a stale snapshot is served while a refresh runs.
    /// </summary>
    public OrganizationProfile Current
    {
        get
        {
            var snapshot = _snapshot;
            if (snapshot.LoadedAt is null) return Refresh().GetAwaiter().GetResult();
            if (_time.GetUtcNow() - snapshot.LoadedAt >= RefreshInterval) _ = Refresh();
            return snapshot.Profile;
        }
    }

    /// <summary>The first load (app start); callers needing the profile meanwhile share it.</summary>
    public Task WarmUpAsync() => Refresh();

    /// <summary>An administrator saved a profile through this instance: use it from the next request on.</summary>
    public void Accept(EditableProfile saved)
    {
        if (string.Equals(saved.Profile.Id, Id, StringComparison.Ordinal)) _snapshot = new Snapshot(saved.Profile, _time.GetUtcNow());
    }

    /// <summary>One load at a time; callers arriving meanwhile share it.</summary>
    private Task<OrganizationProfile> Refresh()
    {
        lock (_gate)
        {
            if (_loading is { IsCompleted: false } running) return running;
            return _loading = LoadAsync();
        }
    }

    private async Task<OrganizationProfile> LoadAsync()
    {
        var previous = _snapshot;
        try
        {
            var editable = await _store.GetAsync(Id, CancellationToken.None).ConfigureAwait(false);
            var profile = editable?.Profile ?? previous.Profile;
            _snapshot = new Snapshot(profile, _time.GetUtcNow());
            return profile;
        }
        catch (Exception e) when (previous.LoadedAt is not null)
        {
            // Keep serving what we have; try again after the interval rather than on every request.
            _logger.LogWarning(e, "Refreshing organization profile {ProfileId} failed; the snapshot from {LoadedAt} stays in use", Id, previous.LoadedAt);
            _snapshot = previous with { LoadedAt = _time.GetUtcNow() };
            return previous.Profile;
        }
    }

    private sealed record Snapshot(OrganizationProfile Profile, DateTimeOffset? LoadedAt);
}

/// <summary>
/// Begins loading the active profile when the app starts, on a pool thread: never delays the start
/// and never fails it (storage is resolved on first use, as everywhere; a failed load is retried by
/// the first request that needs the profile).
/// </summary>
internal sealed class ActiveProfileWarmUp(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = Task.Run(async () =>
        {
            try
            {
                await services.GetRequiredService<ActiveOrganizationProfile>().WarmUpAsync();
            }
            catch (Exception)
            {
                // Not logged: no storage configured yet, or not reachable. The first request that needs the
                // profile loads it again and reports the real error then, inside that request.
            }
        }, CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
