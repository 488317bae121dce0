using System.Collections.Concurrent;
using System.Globalization;
using CustomerService.Functions.Features.Informing.Campaigns.Sources;
using CustomerService.Functions.Features.Informing.Scenarios;

namespace CustomerService.Functions.Tests.Features.Informing.Campaigns;

/// <summary>Recipient lists held in memory for campaign tests: each test adds its own list under a fresh id.</summary>
public sealed class TestRecipientLists : ICampaignRecipients
{
    public static readonly string[] ListPlaceholders = [Placeholders.FullName, Placeholders.NameAndPatronymic, Placeholders.Account, Placeholders.Amount, Placeholders.Address];

    private readonly ConcurrentDictionary<string, IReadOnlyList<CampaignRecipient>> _lists = new(StringComparer.Ordinal);

    public string Add(IReadOnlyList<CampaignRecipient> recipients)
    {
        var id = "list-" + Guid.NewGuid().ToString("N")[..12];
        _lists[id] = recipients;
        return id;
    }

    public Task<RecipientListInfo?> FindListAsync(string listId, CancellationToken cancellationToken) =>
        Task.FromResult(_lists.TryGetValue(listId, out var list) ? new RecipientListInfo(listId, list.Count, ListPlaceholders) : null);

    public Task<RecipientPage> ReadPageAsync(string listId, string? continuation, int pageSize, CancellationToken cancellationToken)
    {
        var list = _lists[listId];
        var from = continuation is null ? 0 : int.Parse(continuation, CultureInfo.InvariantCulture);
        var page = list.Skip(from).Take(pageSize).ToList();
        var next = from + page.Count;
        return Task.FromResult(new RecipientPage(page, next < list.Count ? next.ToString(CultureInfo.InvariantCulture) : null));
    }

    /// <summary>A customer with both contacts, consent given, in <paramref name="zone"/>.</summary>
    public static CampaignRecipient Customer(int number, string? preferred = null, string zone = "Asia/Krasnoyarsk", bool consent = true, string[]? optedOut = null,
        bool phone = true, bool email = true) =>
        new($"acc{number:D7}", phone ? $"+7913{number:D7}" : null, email ? $"customer{number}@example.ru" : null, zone, "ru", consent, optedOut ?? [], preferred,
            new Dictionary<string, object>(StringComparer.Ordinal)
            {
                [Placeholders.FullName] = $"Иванова Мария Петровна {number}",
                [Placeholders.NameAndPatronymic] = "Мария Петровна",
                [Placeholders.Account] = $"{number:D10}",
                [Placeholders.Amount] = "1234,50",
                [Placeholders.Address] = $"г. Дивногорск, ул. Заводская, д. {number % 50 + 1}",
            });
}
