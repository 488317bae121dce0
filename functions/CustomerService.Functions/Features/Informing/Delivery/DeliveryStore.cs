using Azure;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Informing.Delivery;

/// <summary>
/// Reads and moves delivery records and outbox rows forward under their ETags: a write that lost a
/// race re-reads and gives way when the other writer already got as far (or further).
/// </summary>
public sealed class DeliveryStore(DeliveryTables tables, TimeProvider time)
{
    /// <summary>Writes the intent, or returns the record an earlier attempt wrote (its idempotency id is then reused).</summary>
    public async Task<TableEntity> AddIntentAsync(TableEntity intent, CancellationToken cancellationToken)
    {
        try
        {
            intent.ETag = await tables.Records.AddEntityAsync(intent, cancellationToken);
            return intent;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return await tables.Records.GetEntityAsync(intent.PartitionKey, intent.RowKey, cancellationToken: cancellationToken);
        }
    }

    public Task<TableEntity?> GetAsync(string messageId, string recipientKey, CancellationToken cancellationToken) =>
        tables.Records.GetEntityIfExistsAsync(messageId, recipientKey, cancellationToken: cancellationToken);

    /// <summary>Merges <paramref name="changes"/> (which carry the new <c>State</c>) unless the record already reached that rank.</summary>
    public async Task<bool> AdvanceAsync(TableEntity record, IReadOnlyDictionary<string, object> changes, CancellationToken cancellationToken)
    {
        var target = DeliveryRecord.Rank(changes[DeliveryRecord.State] as string);
        while (true)
        {
            if (DeliveryRecord.Rank(record.GetString(DeliveryRecord.State)) > target
                || DeliveryRecord.Rank(record.GetString(DeliveryRecord.State)) == target && target == DeliveryRecord.Rank(DeliveryRecord.Delivered))
                return false;
            var update = new TableEntity(record.PartitionKey, record.RowKey) { [DeliveryRecord.UpdatedAt] = time.GetUtcNow() };
            foreach (var (name, value) in changes) update[name] = value;
            try
            {
                await tables.Records.UpdateEntityAsync(update, record.ETag, TableUpdateMode.Merge, cancellationToken);
                return true;
            }
            catch (RequestFailedException e) when (e.Status == 412)
            {
                record = await tables.Records.GetEntityAsync(record.PartitionKey, record.RowKey, cancellationToken: cancellationToken);
            }
        }
    }

    /// <summary>Moves the outbox row's <c>State</c> forward (pending → sent → delivered | failed), never back.</summary>
    public async Task AdvanceOutboxAsync(string day, string messageId, string state, string? reason, CancellationToken cancellationToken)
    {
        while (true)
        {
            var row = await tables.Outbox.GetEntityIfExistsAsync(day, messageId, cancellationToken: cancellationToken);
            if (row is null || OutboxRank(row.GetString("State")) >= OutboxRank(state)) return;
            var update = new TableEntity(day, messageId) { ["State"] = state, ["StateChangedAt"] = time.GetUtcNow() };
            if (reason is not null) update["DeliveryNote"] = reason;
            try
            {
                await tables.Outbox.UpdateEntityAsync(update, row.ETag, TableUpdateMode.Merge, cancellationToken);
                return;
            }
            catch (RequestFailedException e) when (e.Status == 412)
            {
                // Changed meanwhile: look again.
            }
        }
    }

    /// <summary>Points an ACS id (our e-mail Operation-Id, ACS's SMS message id) at its record, for delivery reports.</summary>
    public async Task IndexAsync(string acsId, TableEntity record, CancellationToken cancellationToken) =>
        await tables.IndexTable.UpsertEntityAsync(new TableEntity(IndexKey(acsId), IndexKey(acsId))
        {
            ["MessageId"] = record.PartitionKey,
            ["RecipientKey"] = record.RowKey,
        }, TableUpdateMode.Replace, cancellationToken);

    public async Task<TableEntity?> FindByAcsIdAsync(string acsId, CancellationToken cancellationToken)
    {
        var entry = await tables.IndexTable.GetEntityIfExistsAsync(IndexKey(acsId), IndexKey(acsId), cancellationToken: cancellationToken);
        return entry is null ? null : await GetAsync(entry.GetString("MessageId")!, entry.GetString("RecipientKey")!, cancellationToken);
    }

    /// <summary>
    /// Partition and row key alike: Azurite finds an entity through its row-key index first, so a
    /// row key shared by every entry made each lookup and upsert scan the whole index (a 100,000-message
    /// campaign spent most of Azurite's time there).
    /// </summary>
    private static string IndexKey(string acsId) => Uri.EscapeDataString(acsId);

    private static int OutboxRank(string? state) => state switch
    {
        OutboxStates.Sent => 1,
        OutboxStates.Delivered or OutboxStates.Failed => 2,
        _ => 0,
    };
}
