using Azure;
using CustomerService.Functions.Features.Informing.Recipients;
using CustomerService.Functions.Platform.Security;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Informing.Content;

/// <summary>One entry of the opt-out register: a phone (E.164), an e-mail (lower case) or an account (every channel).</summary>
public sealed record OptOutEntry(string Kind, string Value);

/// <summary>
/// The opt-out register (SEED_REQUIREMENTS §6.2: subscriptions are opt-in, refusals are honoured):
/// PartitionKey = <c>phone</c>, <c>email</c> or <c>account</c>, RowKey = the normalised value. Uploads
/// read the whole register once (keys only) and skip those recipients with the reason.
/// </summary>
public sealed class OptOutStore(InformingContentTables tables, TimeProvider time)
{
    public const string Phone = "phone";
    public const string Email = "email";
    public const string Account = "account";

    private TableClient Table => tables.Table(InformingContentTables.OptOuts);

    public async Task<OptOutSet> LoadAsync(CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken);
        var sets = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal) { [Phone] = [], [Email] = [], [Account] = [] };
        await foreach (var row in Table.QueryAsync(select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
            if (sets.TryGetValue(row.PartitionKey, out var set)) set.Add(row.RowKey);
        return new OptOutSet(sets[Phone], sets[Email], sets[Account]);
    }

    public async Task AddAsync(IReadOnlyList<OptOutEntry> entries, string? reason, StaffUser user, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken);
        var now = time.GetUtcNow();
        foreach (var entry in entries)
            await Table.UpsertEntityAsync(new TableEntity(entry.Kind, entry.Value) { ["Reason"] = reason, ["RecordedBy"] = user.Id, ["RecordedAt"] = now },
                TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>Removes the entries (the customer subscribed again); absent ones are ignored. Returns how many were there.</summary>
    public async Task<int> RemoveAsync(IReadOnlyList<OptOutEntry> entries, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken);
        var removed = 0;
        foreach (var entry in entries)
        {
            try
            {
                await Table.DeleteEntityAsync(entry.Kind, entry.Value, ETag.All, cancellationToken);
                removed++;
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
            }
        }
        return removed;
    }
}
