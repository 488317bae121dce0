namespace CustomerService.Functions.Features.Informing.Campaigns.Api;

/// <summary>
/// <c>POST /api/informing/campaigns</c>. Times are ISO 8601 with an offset; everything is text so a
/// bad value gets a Russian field message instead of a JSON error.
/// </summary>
/// <param name="Channels"><c>sms</c> and/or <c>email</c>; each recipient gets one message, on their preferred channel when it is one of these.</param>
/// <param name="TimeZone">IANA zone for recipients whose list row has none; default the organization's.</param>
/// <param name="Rates">Messages per minute per channel (the sender's ACS limit); a channel not listed is unthrottled.</param>
/// <param name="Values">Campaign-wide placeholder values, e.g. <c>outageStart</c>: <c>2026-12-10T09:00</c>.</param>
/// <param name="Texts">Own texts instead of the scenario's (same placeholders).</param>
/// <param name="Outage">For a planned-outage notice: 001's timing rule is checked.</param>
public sealed record CreateCampaignRequest(
    string? Name,
    string? ScenarioId,
    string? RecipientListId,
    string[]? Channels,
    string? StartAt,
    string? EndAt,
    QuietHoursRequest? QuietHours,
    string? TimeZone,
    Dictionary<string, int?>? Rates,
    Dictionary<string, string?>? Values,
    CampaignTextsRequest? Texts,
    OutageRequest? Outage);

/// <summary>Local times <c>HH:mm</c>; equal times mean no quiet hours. Default 21:00–09:00.</summary>
public sealed record QuietHoursRequest(string? From, string? Until);

public sealed record CampaignTextsRequest(string? Sms, string? EmailSubject, string? EmailText, string? EmailHtml);

public sealed record OutageRequest(string? DecidedAt, string? StartsAt);
