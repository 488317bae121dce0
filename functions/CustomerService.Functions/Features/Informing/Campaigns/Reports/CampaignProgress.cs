using CustomerService.Functions.Features.Informing.Campaigns.Model;
using CustomerService.Functions.Features.Informing.Campaigns.Store;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Informing.Campaigns.Reports;

/// <summary>
/// Live progress (AI-03): how many recipients were planned, are waiting, were sent, delivered,
/// failed, or skipped and why. <see cref="Planned"/> counts those a message is meant for.
/// </summary>
public sealed record CampaignProgress(
    long Recipients, long Planned, long Pending, long Sent, long Delivered, long Failed, long Skipped,
    IReadOnlyDictionary<string, long> SkippedBy, bool PlanningDone)
{
    /// <summary>Every item reached an end state (nothing pending) and planning has finished.</summary>
    public bool Finished => PlanningDone && Pending == 0;

    public static async Task<CampaignProgress> ReadAsync(CampaignTables tables, TableEntity campaign, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        var skips = new SortedDictionary<string, long>(StringComparer.Ordinal);
        long total = 0;
        var filter = TableFilter.PartitionKeyEquals(campaign.PartitionKey) & TableFilter.StartsWith(TableConstants.RowKey, CampaignTables.GroupRowPrefix);
        await foreach (var group in tables.Campaigns.QueryAsync(filter, cancellationToken: cancellationToken))
        {
            total += group.GetInt32("Total") ?? 0;
            foreach (var status in CampaignItemStatus.All)
                counts[status] = counts.GetValueOrDefault(status) + (group.GetInt32(GroupSummary.Property(status)) ?? 0);
            foreach (var (reason, count) in GroupSummary.Skips(group)) skips[reason] = skips.GetValueOrDefault(reason) + count;
        }
        long Count(string status) => counts.GetValueOrDefault(status);
        var skipped = Count(CampaignItemStatus.Skipped);
        return new CampaignProgress(total, total - skips.Where(s => IsPlanningSkip(s.Key)).Sum(s => s.Value),
            Count(CampaignItemStatus.Pending), Count(CampaignItemStatus.Sent) + Count(CampaignItemStatus.Delivered), Count(CampaignItemStatus.Delivered),
            Count(CampaignItemStatus.Failed), skipped, skips, campaign.GetBoolean(CampaignRow.PlanningDone) == true);
    }

    /// <summary>Skips decided when the list was read (no message was ever meant for them).</summary>
    private static bool IsPlanningSkip(string reason) => reason is SkipReasons.OptedOut or SkipReasons.NoConsent or SkipReasons.NoContact;
}
