using CustomerService.Functions.Features.Appeals.Model;

namespace CustomerService.Functions.Features.Appeals.Screening.Rules;

/// <summary>
/// One organization's non-consideration policy: a rule for every <see cref="NonConsiderationGround"/>,
/// plus channel-specific variants where its standard treats a channel differently (003's website
/// and phone, 004's complaint book). The shipped policies are in <see cref="OrganizationPolicies"/>.
/// </summary>
public sealed class NonConsiderationRules
{
    private readonly Dictionary<NonConsiderationGround, NonConsiderationRule> general;
    private readonly Dictionary<(Channel, NonConsiderationGround), NonConsiderationRule> variants = [];

    public NonConsiderationRules(string organizationId, IEnumerable<NonConsiderationRule> general)
    {
        OrganizationId = organizationId;
        this.general = general.ToDictionary(rule => rule.Ground);
        var missing = Enum.GetValues<NonConsiderationGround>().Where(ground => !this.general.ContainsKey(ground)).ToList();
        if (missing.Count > 0)
        {
            // A ground without a rule would be silently unusable: every ground must be decided explicitly.
            throw new ArgumentException($"Organization '{organizationId}' has no rule for: {string.Join(", ", missing)}.", nameof(general));
        }
    }

    public string OrganizationId { get; }

    /// <summary>The rules that hold on every channel without a variant.</summary>
    public IReadOnlyCollection<NonConsiderationRule> General => general.Values;

    /// <summary>Adds a variant of a rule for some channels (builder-style, used while the policy is defined).</summary>
    public NonConsiderationRules WithVariant(NonConsiderationRule rule, params Channel[] channels)
    {
        foreach (var channel in channels)
        {
            variants[(channel, rule.Ground)] = rule;
        }

        return this;
    }

    /// <summary>The rule for a ground on a channel: the channel's variant if there is one, else the general rule.</summary>
    public NonConsiderationRule For(NonConsiderationGround ground, Channel channel) =>
        variants.TryGetValue((channel, ground), out var variant) ? variant : general[ground];

    /// <summary>True when the rule for this channel is a variant rather than the general rule.</summary>
    public bool HasVariant(NonConsiderationGround ground, Channel channel) => variants.ContainsKey((channel, ground));
}
