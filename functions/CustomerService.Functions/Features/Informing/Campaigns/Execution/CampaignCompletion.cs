using Azure;
using CustomerService.Functions.Features.Informing.Campaigns.Planning;
using CustomerService.Functions.Features.Informing.Campaigns.Reports;
using CustomerService.Functions.Features.Informing.Campaigns.Store;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Informing.Campaigns.Execution;

/// <summary>
/// A running campaign is completed once planning has finished and no item is pending. Checked
/// where progress is read anyway (the campaign's GET, the report, and after the last batch of a
/// planning step) rather than counted down, because counters under parallel senders are fragile.
/// </summary>
public sealed class CampaignCompletion(CampaignTables tables, TimeProvider time)
{
    public async Task<TableEntity> CompleteIfFinishedAsync(TableEntity campaign, CampaignProgress progress, CancellationToken cancellationToken)
    {
        if (!progress.Finished || CampaignRow.StatusOf(campaign) != CampaignStatus.Running) return campaign;
        var update = new TableEntity(campaign.PartitionKey, campaign.RowKey)
        {
            [CampaignRow.Status] = CampaignRow.Wire(CampaignStatus.Completed),
            ["CompletedAt"] = time.GetUtcNow(),
        };
        try
        {
            campaign.ETag = await tables.Campaigns.UpdateEntityAsync(update, campaign.ETag, TableUpdateMode.Merge, cancellationToken);
            foreach (var (name, value) in update) campaign[name] = value;
            return campaign;
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            // Someone paused, cancelled or completed it meanwhile: theirs stands.
            return await tables.Campaigns.GetEntityAsync(campaign.PartitionKey, campaign.RowKey, cancellationToken: cancellationToken);
        }
    }
}
