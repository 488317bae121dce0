using CustomerService.Functions.Platform.Storage.Documents;

namespace CustomerService.Functions.Features.Deadlines.Policies.Editing;

/// <summary>
/// The policy versions in force: the shipped ones and those administrators added (not withdrawn), as
/// an in-memory snapshot (<see cref="RefreshingSnapshot{T}"/>) so planning does no I/O. An addition
/// through this instance applies at once; another instance's within about 35 s — so add a version
/// effective from a later day, not "now", when several instances run.
/// </summary>
public sealed class ActivePolicies : IDeadlinePolicies
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(5);

    private readonly RefreshingSnapshot<PolicyBook> _snapshot;

    public ActivePolicies(DeadlinePolicyStore store, TimeProvider time, ILogger<ActivePolicies> logger) =>
        _snapshot = new(PolicyBook.Of([]), async (_, cancellationToken) =>
            PolicyBook.Of([.. (await store.ListAsync(cancellationToken)).Where(d => !d.Value.Withdrawn).Select(d => d.Value.Policy)]),
            time, RefreshInterval, logger, "deadline policies");

    public DeadlinePolicyCatalog Catalog => _snapshot.Value.Catalog;

    public Task WarmUpAsync() => _snapshot.RefreshAsync();

    /// <summary>A version added or withdrawn through this instance: plan with it (or without it) from the next call on.</summary>
    public void Accept(StoredDeadlinePolicy saved) => _snapshot.Set(_snapshot.Value.With(saved));
}

/// <summary>Pure: the added versions and the catalog they give with the shipped ones.</summary>
public sealed record PolicyBook(IReadOnlyList<DeadlinePolicy> Added, DeadlinePolicyCatalog Catalog)
{
    public static PolicyBook Of(IReadOnlyList<DeadlinePolicy> added) => new(added, new DeadlinePolicyCatalog([.. ShippedPolicies.All, .. added]));

    public PolicyBook With(StoredDeadlinePolicy saved)
    {
        var others = Added.Where(p => !(p.OrganizationId == saved.Policy.OrganizationId && p.Version == saved.Policy.Version));
        return Of([.. others, .. saved.Withdrawn ? [] : new[] { saved.Policy }]);
    }
}
