using CustomerService.Functions.Features.Informing.Campaigns.Store;

namespace CustomerService.Functions.Features.Informing.Campaigns.Execution;

/// <summary>Puts the first planning step of a started campaign on <c>campaign-plan</c>.</summary>
public sealed class CampaignStarter(CampaignTables tables)
{
    public async Task StartAsync(string campaignId, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken);
        await tables.Plan.SendMessageAsync(PlanStep.First(campaignId).ToJson(), cancellationToken: cancellationToken);
    }
}
