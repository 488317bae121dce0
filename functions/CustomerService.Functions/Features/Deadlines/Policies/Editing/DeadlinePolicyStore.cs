using Azure;
using CustomerService.Functions.Platform.Storage.Documents;

namespace CustomerService.Functions.Features.Deadlines.Policies.Editing;

/// <summary>A policy version an administrator added (document kind <see cref="DeadlinePolicyStore.Kind"/>), or its withdrawal before it took effect.</summary>
public sealed record StoredDeadlinePolicy(DeadlinePolicy Policy, bool Withdrawn = false);

/// <summary>
/// Policy versions administrators add, in the <see cref="DocumentStore"/> (kind <c>deadline-policy</c>,
/// id <c>{organization}.{version}</c>). Versions are immutable once added — appeals keep the version
/// they were registered under — so a version is created once and can only be withdrawn before its
/// <see cref="DeadlinePolicy.EffectiveFrom"/>.
/// </summary>
public sealed class DeadlinePolicyStore(DocumentStore documents)
{
    public const string Kind = "deadline-policy";

    public static string IdOf(string organizationId, string version) => $"{organizationId}.{version}";

    public async Task<IReadOnlyList<StoredDocument<StoredDeadlinePolicy>>> ListAsync(CancellationToken cancellationToken) =>
        await documents.ListAsync<StoredDeadlinePolicy>(Kind, cancellationToken);

    public Task<StoredDocument<StoredDeadlinePolicy>?> GetAsync(string organizationId, string version, CancellationToken cancellationToken) =>
        documents.GetAsync<StoredDeadlinePolicy>(Kind, IdOf(organizationId, version), cancellationToken);

    /// <exception cref="DocumentConflictException">The version exists already: nothing was written.</exception>
    public Task<StoredDocument<StoredDeadlinePolicy>> AddAsync(DeadlinePolicy policy, string addedBy, CancellationToken cancellationToken) =>
        documents.PutAsync(Kind, IdOf(policy.OrganizationId, policy.Version), new StoredDeadlinePolicy(policy), ifMatch: null, addedBy, cancellationToken);

    /// <exception cref="DocumentConflictException">Changed meanwhile: nothing was written.</exception>
    public Task<StoredDocument<StoredDeadlinePolicy>> WithdrawAsync(StoredDocument<StoredDeadlinePolicy> current, string withdrawnBy, CancellationToken cancellationToken) =>
        documents.PutAsync(Kind, current.Id, current.Value with { Withdrawn = true }, current.ETag, withdrawnBy, cancellationToken);
}
