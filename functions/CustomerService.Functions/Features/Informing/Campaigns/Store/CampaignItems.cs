using Azure;
using CustomerService.Functions.Features.Informing.Campaigns.Model;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Informing.Campaigns.Store;

/// <summary>
/// Reads a group of campaign items and writes their changes forward only: one transaction under
/// the ETags read (the usual case), and when something changed meanwhile (a duplicate delivery of
/// the same batch, a delivery report) item by item, never moving an item back. Then the group's
/// summary is recounted from what is stored.
/// </summary>
public sealed class CampaignItems(CampaignTables tables)
{
    public async Task<List<TableEntity>> ReadGroupAsync(string partition, string group, CancellationToken cancellationToken)
    {
        var filter = TableFilter.PartitionKeyEquals(partition) & TableFilter.StartsWith(TableConstants.RowKey, group + "-");
        var items = new List<TableEntity>();
        await foreach (var item in tables.Items.QueryAsync(filter, cancellationToken: cancellationToken)) items.Add(item);
        return items;
    }

    public async Task ApplyAsync(string campaignId, string partition, string group, List<TableEntity> items,
        Dictionary<TableEntity, Dictionary<string, object>> changes, CancellationToken cancellationToken)
    {
        if (changes.Count > 0 && !await TryTransactionAsync(changes, cancellationToken))
        {
            foreach (var (item, change) in changes) await AdvanceAsync(item, change, cancellationToken);
            items = await ReadGroupAsync(partition, group, cancellationToken);
        }
        else
        {
            foreach (var (item, change) in changes)
                foreach (var (name, value) in change) item[name] = value;
        }
        await tables.Campaigns.UpsertEntityAsync(GroupSummary.Of(campaignId, partition, group, items), TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>Moves one item forward (never back), re-reading on a lost race.</summary>
    public async Task<bool> AdvanceAsync(TableEntity item, IReadOnlyDictionary<string, object> change, CancellationToken cancellationToken)
    {
        while (true)
        {
            var target = change.TryGetValue(CampaignItem.Status, out var status) ? status as string : item.GetString(CampaignItem.Status);
            var current = item.GetString(CampaignItem.Status);
            if (CampaignItemStatus.Rank(current) > CampaignItemStatus.Rank(target) || CampaignItemStatus.Rank(current) == 2) return false;
            var update = new TableEntity(item.PartitionKey, item.RowKey);
            foreach (var (name, value) in change) update[name] = value;
            try
            {
                await tables.Items.UpdateEntityAsync(update, item.ETag, TableUpdateMode.Merge, cancellationToken);
                return true;
            }
            catch (RequestFailedException e) when (e.Status == 412)
            {
                item = await tables.Items.GetEntityAsync(item.PartitionKey, item.RowKey, cancellationToken: cancellationToken);
            }
        }
    }

    private async Task<bool> TryTransactionAsync(Dictionary<TableEntity, Dictionary<string, object>> changes, CancellationToken cancellationToken)
    {
        var actions = changes.Select(c =>
        {
            var update = new TableEntity(c.Key.PartitionKey, c.Key.RowKey);
            foreach (var (name, value) in c.Value) update[name] = value;
            return new TableTransactionAction(TableTransactionActionType.UpdateMerge, update, c.Key.ETag);
        }).ToList();
        try
        {
            await tables.Items.SubmitTransactionAsync(actions, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 412 or 409 or 404)
        {
            return false;
        }
    }
}
