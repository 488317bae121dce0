using CustomerService.Functions.Features.Informing.Campaigns.Model;
using CustomerService.Functions.Features.Informing.Campaigns.Sources;

namespace CustomerService.Functions.Features.Informing.Campaigns.Planning;

/// <summary>Whom a campaign reaches and how: one channel per recipient, or the reason they are skipped.</summary>
public sealed record AudienceChoice(string? Channel, string? Address, string? SkipReason);

/// <summary>
/// Picks each recipient's channel: no consent or a refusal means no message (152-ФЗ, 38-ФЗ); the
/// customer's preferred channel when the campaign uses it and the contact exists, else the
/// campaign's channels in order. Pure.
/// </summary>
public static class CampaignAudience
{
    public static AudienceChoice Choose(CampaignRecipient recipient, IReadOnlyList<string> channels)
    {
        if (!recipient.Consent) return new(null, null, SkipReasons.NoConsent);
        if (recipient.OptedOut.Contains("*")) return new(null, null, SkipReasons.OptedOut);
        var allowed = channels.Where(c => !recipient.OptedOut.Contains(c)).ToList();
        if (allowed.Count == 0) return new(null, null, SkipReasons.OptedOut);
        var ordered = recipient.PreferredChannel is { } preferred && allowed.Contains(preferred)
            ? allowed.OrderBy(c => c == preferred ? 0 : 1).ToList()
            : allowed;
        foreach (var channel in ordered)
            if (AddressFor(recipient, channel) is { Length: > 0 } address) return new(channel, address, null);
        return new(null, null, SkipReasons.NoContact);
    }

    private static string? AddressFor(CampaignRecipient recipient, string channel) => channel switch
    {
        CampaignChannels.Sms => recipient.Phone?.Trim(),
        CampaignChannels.Email => recipient.Email?.Trim(),
        _ => null,
    };
}
