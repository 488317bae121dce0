using CustomerService.Functions.Features.Deadlines.Planning;

namespace CustomerService.Functions.Features.Deadlines.Policies;

/// <summary>
/// Every version of every organization's policy. The newest version effective on a date is
/// current; older ones stay so appeals registered under them keep their rules.
/// </summary>
public sealed class DeadlinePolicyCatalog(IEnumerable<DeadlinePolicy> policies)
{
    private readonly IReadOnlyList<DeadlinePolicy> all = [.. policies.OrderBy(p => p.OrganizationId, StringComparer.Ordinal).ThenBy(p => p.EffectiveFrom)];

    public IReadOnlyList<DeadlinePolicy> All => all;

    /// <summary>The version an appeal keeps, or the current one on registration.</summary>
    /// <exception cref="DeadlinePolicyException">No policy for the organization, or the version is unknown.</exception>
    public DeadlinePolicy Resolve(string organizationId, string? version, DateOnly onDate)
    {
        var versions = all.Where(p => p.OrganizationId == organizationId).ToList();
        if (versions.Count == 0) throw new DeadlinePolicyException($"Для организации «{organizationId}» нет политики сроков.");
        if (version is not null)
            return versions.FirstOrDefault(p => p.Version == version)
                ?? throw new DeadlinePolicyException($"Версия политики сроков «{version}» организации «{organizationId}» неизвестна.");
        return versions.LastOrDefault(p => p.EffectiveFrom <= onDate) ?? versions[0];
    }
}
