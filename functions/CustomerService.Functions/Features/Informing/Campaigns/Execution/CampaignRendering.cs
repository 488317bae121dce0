using System.Collections.Concurrent;
using System.Text.Json;
using CustomerService.Functions.Features.Informing.Campaigns.Api;
using CustomerService.Functions.Features.Informing.Campaigns.Model;
using CustomerService.Functions.Features.Informing.Campaigns.Sources;
using CustomerService.Functions.Features.Informing.Campaigns.Store;
using CustomerService.Functions.Features.Informing.Scenarios;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Informing.Campaigns.Execution;

/// <summary>
/// Renders a campaign item: the campaign's own texts or the scenario's in the recipient's language,
/// with the recipient's values over the campaign's and the organization's. Compiled texts are
/// cached per campaign and language (a campaign's texts never change once created).
/// </summary>
public sealed class CampaignRendering(ICampaignScenarios scenarios, CampaignRequestValidator validator)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly ConcurrentDictionary<(string Campaign, string Language), CompiledScenario> _compiled = new();

    public async Task<CampaignMessage> RenderAsync(string campaignId, CampaignDefinition definition, TableEntity item, CancellationToken cancellationToken)
    {
        var language = item.GetString(CampaignItem.Language) ?? ScenarioLanguages.Russian;
        var compiled = await CompiledAsync(campaignId, definition, language, cancellationToken);
        var values = new Dictionary<string, object>(validator.OrganizationValues, StringComparer.Ordinal);
        foreach (var (name, value) in definition.Values) values[name] = value;
        var own = JsonSerializer.Deserialize<Dictionary<string, string?>>(item.GetString(CampaignItem.Values) ?? "{}", Json) ?? [];
        foreach (var (name, value) in own)
            if (value is not null) values[name] = value;
        var rendered = compiled.Render(values, validator.Currency);
        var channel = item.GetString(CampaignItem.Channel)!;
        var messageId = CampaignItem.MessageId(item.PartitionKey, item.RowKey);
        return channel == CampaignChannels.Sms
            ? new CampaignMessage(messageId, channel, item.GetString(CampaignItem.Address)!, "", rendered.Sms)
            : new CampaignMessage(messageId, channel, item.GetString(CampaignItem.Address)!, rendered.EmailSubject, rendered.EmailText);
    }

    private async Task<CompiledScenario> CompiledAsync(string campaignId, CampaignDefinition definition, string language, CancellationToken cancellationToken)
    {
        if (_compiled.TryGetValue((campaignId, language), out var cached)) return cached;
        var scenario = await scenarios.FindAsync(definition.ScenarioId, cancellationToken) ?? throw new InvalidOperationException($"Scenario {definition.ScenarioId} is gone.");
        var contentLanguage = language;
        var content = definition.Texts ?? scenario.ShippedFor(language, out contentLanguage);
        var errors = new List<TemplateError>();
        var compiled = CompiledScenario.Compile(content, contentLanguage, scenario.Placeholders, errors)
            ?? throw new InvalidOperationException($"Campaign {campaignId} texts do not compile: {string.Join("; ", errors.Select(e => e.Message))}");
        return _compiled.GetOrAdd((campaignId, language), compiled);
    }
}
