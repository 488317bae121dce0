using CustomerService.Functions.Features.Informing.Scenarios;
using CustomerService.Functions.Features.Informing.Scenarios.Shipped;

namespace CustomerService.Functions.Features.Informing.Campaigns.Sources;

/// <summary>Where campaigns find a scenario: its placeholders and its texts per language.</summary>
public interface ICampaignScenarios
{
    Task<ScenarioDefinition?> FindAsync(string scenarioId, CancellationToken cancellationToken);
}

/// <summary>The shipped scenarios (texts as shipped).</summary>
public sealed class ShippedCampaignScenarios : ICampaignScenarios
{
    public Task<ScenarioDefinition?> FindAsync(string scenarioId, CancellationToken cancellationToken) =>
        Task.FromResult(ScenarioCatalogue.Find(scenarioId));
}
