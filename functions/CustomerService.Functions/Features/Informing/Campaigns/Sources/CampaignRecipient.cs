namespace CustomerService.Functions.Features.Informing.Campaigns.Sources;

/// <summary>
/// One row of a recipient list as campaigns need it: contacts, where the customer lives (for quiet
/// hours), what they agreed to, and their placeholder values (name, account, amount, address…).
/// </summary>
/// <param name="Key">Stable within the list (the list's row id or billing account): a campaign item's identity.</param>
/// <param name="Phone">E.164, already normalised by the list.</param>
/// <param name="TimeZoneId">IANA zone; null means the organization's zone.</param>
/// <param name="OptedOut">Channels the customer refused (<c>sms</c>, <c>email</c>; <c>*</c> for all).</param>
public sealed record CampaignRecipient(
    string Key,
    string? Phone,
    string? Email,
    string? TimeZoneId,
    string? Language,
    bool Consent,
    IReadOnlyCollection<string> OptedOut,
    string? PreferredChannel,
    IReadOnlyDictionary<string, object> Values);

/// <summary>What campaigns need to know about a list before they accept it.</summary>
/// <param name="Placeholders">Placeholders every row of the list fills (from its columns).</param>
public sealed record RecipientListInfo(string Id, long Count, IReadOnlyCollection<string> Placeholders);

/// <summary>One page of a list, in a stable order; <see cref="Continuation"/> null at the end.</summary>
public sealed record RecipientPage(IReadOnlyList<CampaignRecipient> Recipients, string? Continuation);

/// <summary>
/// Where campaigns read recipient lists. The recipients slice provides the stored lists; tests and
/// the benchmark give their own.
/// </summary>
public interface ICampaignRecipients
{
    Task<RecipientListInfo?> FindListAsync(string listId, CancellationToken cancellationToken);

    Task<RecipientPage> ReadPageAsync(string listId, string? continuation, int pageSize, CancellationToken cancellationToken);
}

/// <summary>No stored lists: every list is unknown (used until a recipient store is registered).</summary>
public sealed class NoRecipientLists : ICampaignRecipients
{
    public Task<RecipientListInfo?> FindListAsync(string listId, CancellationToken cancellationToken) => Task.FromResult<RecipientListInfo?>(null);

    public Task<RecipientPage> ReadPageAsync(string listId, string? continuation, int pageSize, CancellationToken cancellationToken) =>
        Task.FromResult(new RecipientPage([], null));
}
