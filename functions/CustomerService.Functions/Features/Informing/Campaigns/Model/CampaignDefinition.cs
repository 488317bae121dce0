using CustomerService.Functions.Features.Informing.Campaigns.Planning;
using CustomerService.Functions.Features.Informing.Scenarios;

namespace CustomerService.Functions.Features.Informing.Campaigns.Model;

/// <summary>
/// What a campaign sends, to whom and when, as checked at creation: nothing in it can fail later
/// for reasons the operator could have fixed (unknown scenario or list, bad placeholders, bad schedule).
/// </summary>
/// <param name="Values">Campaign-wide placeholder values (outage period, due date…), typed after the placeholder kinds.</param>
/// <param name="Texts">The operator's own texts instead of the scenario's, compiled against its placeholders.</param>
public sealed record CampaignDefinition(
    string Name,
    string ScenarioId,
    string RecipientListId,
    IReadOnlyList<string> Channels,
    CampaignWindow Window,
    string TimeZoneId,
    IReadOnlyDictionary<string, SendRate> Rates,
    IReadOnlyDictionary<string, object> Values,
    ScenarioContent? Texts,
    OutageNotice? Outage)
{
    public SendRate RateOf(string channel) => Rates.GetValueOrDefault(channel) ?? SendRate.Unthrottled;
}

/// <summary>The channels a campaign can send by (the values ACS carries).</summary>
public static class CampaignChannels
{
    public const string Sms = "sms";
    public const string Email = "email";

    public static IReadOnlyList<string> All { get; } = [Sms, Email];
}
