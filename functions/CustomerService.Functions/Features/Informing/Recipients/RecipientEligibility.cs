namespace CustomerService.Functions.Features.Informing.Recipients;

/// <summary>The opt-out register as sets: E.164 phones, lower-case e-mails, upper-case accounts (every channel).</summary>
public sealed record OptOutSet(IReadOnlySet<string> Phones, IReadOnlySet<string> Emails, IReadOnlySet<string> Accounts)
{
    public static OptOutSet Empty { get; } = new(new HashSet<string>(), new HashSet<string>(), new HashSet<string>());
}

/// <summary>
/// Chooses each recipient's channel, pure: the list's preferred channel first, then the other one;
/// a channel needs its contact and must not be opted out. A customer who refused consent or opted out
/// by account is kept in the list but skipped, with the reason, so campaign reports can show it.
/// </summary>
public static class RecipientEligibility
{
    public const string NoConsent = "Нет согласия клиента на оповещения.";
    public const string OptedOut = "Клиент отказался от оповещений (реестр отказов).";
    public const string ChannelsOptedOut = "Клиент отказался от оповещений по всем каналам, для которых есть контакты.";

    public static Recipient Apply(Recipient recipient, OptOutSet optOuts)
    {
        if (recipient.Consent == false) return recipient with { Channel = null, SkipReason = NoConsent };
        if (optOuts.Accounts.Contains(recipient.Account)) return recipient with { Channel = null, SkipReason = OptedOut };
        string[] order = recipient.PreferredChannel == RecipientChannels.Email
            ? [RecipientChannels.Email, RecipientChannels.Sms]
            : [RecipientChannels.Sms, RecipientChannels.Email];
        var channel = order.FirstOrDefault(c => Reachable(recipient, c, optOuts));
        return channel is null
            ? recipient with { Channel = null, SkipReason = ChannelsOptedOut }
            : recipient with { Channel = channel, SkipReason = null };
    }

    private static bool Reachable(Recipient recipient, string channel, OptOutSet optOuts) => channel == RecipientChannels.Sms
        ? recipient.Phone is { } phone && !optOuts.Phones.Contains(phone)
        : recipient.Email is { } email && !optOuts.Emails.Contains(email);
}
