using CustomerService.Functions.Features.Informing.Content;
using CustomerService.Functions.Features.Informing.Scenarios;
using CustomerService.Functions.Features.Informing.Scenarios.Shipped;

namespace CustomerService.Functions.Features.Informing.Campaigns.Sources;

/// <summary>Where campaigns find a scenario: its placeholders and its texts per language.</summary>
public interface ICampaignScenarios
{
    Task<ScenarioDefinition?> FindAsync(string scenarioId, CancellationToken cancellationToken);
}

/// <summary>
/// The scenarios with the texts staff saved over the shipped ones (docs/scenarios.md), e.g. a Tatar or
/// Kazakh text added by staff: a campaign renders with the texts in force when an instance first
/// renders its messages in a language (<see cref="Execution.CampaignRendering"/> keeps them for the campaign).
/// </summary>
public sealed class EffectiveCampaignScenarios(ScenarioStore store) : ICampaignScenarios
{
    public async Task<ScenarioDefinition?> FindAsync(string scenarioId, CancellationToken cancellationToken) =>
        ScenarioCatalogue.Find(scenarioId) is { } scenario ? scenario with { Shipped = await store.TextsAsync(scenario, cancellationToken) } : null;
}

/// <summary>The shipped scenarios (texts as shipped): for apps without the informing content tables.</summary>
public sealed class ShippedCampaignScenarios : ICampaignScenarios
{
    public Task<ScenarioDefinition?> FindAsync(string scenarioId, CancellationToken cancellationToken) =>
        Task.FromResult(ScenarioCatalogue.Find(scenarioId));
}
