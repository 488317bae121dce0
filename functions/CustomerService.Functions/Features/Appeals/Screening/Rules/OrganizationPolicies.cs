using System.Diagnostics.CodeAnalysis;

using CustomerService.Functions.Features.Appeals.Organizations;

namespace CustomerService.Functions.Features.Appeals.Screening.Rules;

/// <summary>The shipped non-consideration policies, one per seed organization (SEED_REQUIREMENTS §5).</summary>
public static class OrganizationPolicies
{
    private static readonly Dictionary<string, NonConsiderationRules> All = new(StringComparer.Ordinal)
    {
        [OrganizationIds.MupesDivnogorsk] = MupesDivnogorskPolicy.Create(),
        [OrganizationIds.Tatenergosbyt] = TatenergosbytPolicy.Create(),
        [OrganizationIds.KrcPetrozavodsk] = KrcPetrozavodskPolicy.Create(),
        [OrganizationIds.Astanaenergosbyt] = AstanaenergosbytPolicy.Create(),
    };

    public static IReadOnlyCollection<string> Organizations => All.Keys;

    public static bool TryGet(string organizationId, [NotNullWhen(true)] out NonConsiderationRules? rules) =>
        All.TryGetValue(organizationId, out rules);

    public static NonConsiderationRules For(string organizationId) =>
        TryGet(organizationId, out var rules)
            ? rules
            : throw new ArgumentException($"No non-consideration policy for organization '{organizationId}'.", nameof(organizationId));
}
