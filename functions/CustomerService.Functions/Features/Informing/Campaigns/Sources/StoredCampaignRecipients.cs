using CustomerService.Functions.Features.Informing.Content;
using CustomerService.Functions.Features.Informing.Recipients;
using CustomerService.Functions.Features.Informing.Scenarios;

namespace CustomerService.Functions.Features.Informing.Campaigns.Sources;

/// <summary>
/// Campaigns over the uploaded recipient lists (docs/recipient-lists.md). The opt-out register is
/// read again for every page, so a refusal recorded after the upload still stops the message.
/// </summary>
public sealed class StoredCampaignRecipients(RecipientListStore lists, OptOutStore optOuts) : ICampaignRecipients
{
    /// <summary>What a billing list fills (a row without a column renders that placeholder empty).</summary>
    private static readonly string[] ListPlaceholders = [Placeholders.Account, Placeholders.FullName, Placeholders.NameAndPatronymic, Placeholders.Amount, Placeholders.Address];

    public async Task<RecipientListInfo?> FindListAsync(string listId, CancellationToken cancellationToken) =>
        await lists.GetAsync(listId, cancellationToken) is { } list ? new RecipientListInfo(list.Id, list.Accepted, ListPlaceholders) : null;

    public async Task<RecipientPage> ReadPageAsync(string listId, string? continuation, int pageSize, CancellationToken cancellationToken)
    {
        var list = await lists.GetAsync(listId, cancellationToken) ?? throw new InvalidOperationException($"Recipient list {listId} is gone.");
        var page = await lists.ReadPageAsync(list, continuation, pageSize, cancellationToken);
        var refused = await optOuts.LoadAsync(cancellationToken);
        return new RecipientPage(page.Recipients.Select(r => From(r, refused)).ToList(), page.Continuation);
    }

    private static CampaignRecipient From(Recipient recipient, OptOutSet refused)
    {
        var optedOut = new List<string>();
        if (refused.Accounts.Contains(recipient.Account)) optedOut.Add("*");
        if (recipient.Phone is { } phone && refused.Phones.Contains(phone)) optedOut.Add(RecipientChannels.Sms);
        if (recipient.Email is { } email && refused.Emails.Contains(email)) optedOut.Add(RecipientChannels.Email);
        var values = new Dictionary<string, object>(StringComparer.Ordinal) { [Placeholders.Account] = recipient.Account };
        if (recipient.Name is { Length: > 0 } name)
        {
            values[Placeholders.FullName] = name;
            // «Иванова Мария Петровна» → «Мария Петровна» for the greeting; a one-word name stays as it is.
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            values[Placeholders.NameAndPatronymic] = words.Length > 1 ? string.Join(' ', words[1..]) : name;
        }
        if (recipient.Amount is { } amount) values[Placeholders.Amount] = amount;
        if (recipient.Address is { Length: > 0 } address) values[Placeholders.Address] = address;
        return new CampaignRecipient(recipient.Account, recipient.Phone, recipient.Email, null, recipient.Language, recipient.Consent != false,
            optedOut, recipient.PreferredChannel, values);
    }
}
