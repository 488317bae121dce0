using CustomerService.Functions.Features.Informing.Campaigns.Model;
using CustomerService.Functions.Features.Informing.Campaigns.Store;
using CustomerService.Functions.Features.Informing.Delivery;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Informing.Campaigns.Execution;

/// <summary>
/// Called by informing's delivery-report processor after it moved a delivery record: when the
/// record belongs to a campaign item (outbox day <see cref="CampaignSender.OutboxDay"/>), the item
/// becomes delivered or failed and its group summary is recounted.
/// </summary>
public sealed class CampaignDeliveryReports(CampaignTables tables, CampaignItems items)
{
    public async Task ApplyAsync(TableEntity record, string state, CancellationToken cancellationToken)
    {
        if (record.GetString(DeliveryRecord.OutboxDay) != CampaignSender.OutboxDay) return;
        if (CampaignItem.ParseMessageId(record.PartitionKey) is not var (partition, row)) return;
        await tables.EnsureCreatedAsync(cancellationToken);
        var item = await tables.Items.GetEntityIfExistsAsync(partition, row, cancellationToken: cancellationToken);
        if (item is null) return;
        var status = state == DeliveryRecord.Delivered ? CampaignItemStatus.Delivered : CampaignItemStatus.Failed;
        var change = new Dictionary<string, object> { [CampaignItem.Status] = status, [CampaignItem.ReportedAt] = DateTimeOffset.UtcNow };
        if (status == CampaignItemStatus.Failed) change[CampaignItem.LastError] = "Не доставлено (отчёт о доставке).";
        if (!await items.AdvanceAsync(item, change, cancellationToken)) return;
        var group = row[..row.IndexOf('-', StringComparison.Ordinal)];
        var campaignId = partition[..partition.LastIndexOf('-')];
        var groupItems = await items.ReadGroupAsync(partition, group, cancellationToken);
        await tables.Campaigns.UpsertEntityAsync(GroupSummary.Of(campaignId, partition, group, groupItems), TableUpdateMode.Replace, cancellationToken);
    }
}
