namespace CustomerService.Functions.Features.Informing.Scenarios.Shipped;

/// <summary>
/// The shipped scenarios (issue #5 item 6 and SEED_REQUIREMENTS §6.3): Russian and English texts
/// for each message type. Tatar and Kazakh texts are shipped only for the appeal acknowledgement and
/// the information request (<see cref="AppealScenarios"/>); elsewhere staff add them as overrides,
/// and until then those readers get the Russian text.
/// </summary>
public static class ScenarioCatalogue
{
    public static IReadOnlyList<ScenarioDefinition> All { get; } = [.. AppealScenarios.All, .. ReadingScenarios.All, .. BillingScenarios.All, .. OutageScenarios.All];

    private static readonly Dictionary<string, ScenarioDefinition> ById = All.ToDictionary(s => s.Id, StringComparer.Ordinal);

    public static ScenarioDefinition? Find(string id) => ById.GetValueOrDefault(id);
}
