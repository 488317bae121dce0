using CustomerService.Functions.Features.Informing.Campaigns.Model;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Informing.Campaigns.Store;

/// <summary>
/// Counts of one group of items (row <c>group-{partition}-{group}</c> in the campaign's partition),
/// rewritten whole from the group's items after every change: recounting is idempotent where
/// incrementing is not, and a campaign's progress is the sum of a few thousand small rows.
/// </summary>
public static class GroupSummary
{
    private const string SkipPrefix = "Skip_";

    public static string RowKey(string itemPartition, string group) => $"{CampaignTables.GroupRowPrefix}{itemPartition}-{group}";

    public static TableEntity Of(string campaignId, string itemPartition, string group, IEnumerable<TableEntity> items)
    {
        var row = new TableEntity(campaignId, RowKey(itemPartition, group));
        foreach (var status in CampaignItemStatus.All) row[Property(status)] = 0;
        var total = 0;
        foreach (var item in items)
        {
            total++;
            var status = item.GetString(CampaignItem.Status) ?? CampaignItemStatus.Pending;
            row[Property(status)] = (int)row[Property(status)]! + 1;
            if (status == CampaignItemStatus.Skipped && item.GetString(CampaignItem.Reason) is { } reason)
                row[SkipPrefix + reason] = (row[SkipPrefix + reason] as int? ?? 0) + 1;
        }
        row["Total"] = total;
        return row;
    }

    public static string Property(string status) => char.ToUpperInvariant(status[0]) + status[1..];

    public static IEnumerable<(string Reason, int Count)> Skips(TableEntity row) =>
        row.Keys.Where(k => k.StartsWith(SkipPrefix, StringComparison.Ordinal)).Select(k => (k[SkipPrefix.Length..], row.GetInt32(k) ?? 0));
}
