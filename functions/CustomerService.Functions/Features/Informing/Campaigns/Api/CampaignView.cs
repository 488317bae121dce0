using CustomerService.Functions.Features.Informing.Campaigns.Reports;
using CustomerService.Functions.Features.Informing.Campaigns.Store;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Informing.Campaigns.Api;

/// <summary>A campaign as staff see it: definition, status, who approved it, and live progress.</summary>
public sealed record CampaignView(
    string Id, string Name, string Status, string ScenarioId, string RecipientListId, IReadOnlyList<string> Channels,
    DateTimeOffset StartAt, DateTimeOffset EndAt, QuietHoursView QuietHours, string TimeZone, IReadOnlyDictionary<string, int?> Rates,
    IReadOnlyDictionary<string, object> Values, OutageView? Outage, string? CreatedBy, DateTimeOffset? CreatedAt,
    string? ApprovedBy, DateTimeOffset? ApprovedAt, DateTimeOffset? StartedAt, DateTimeOffset? CompletedAt, string ETag, CampaignProgress? Progress)
{
    public static CampaignView From(TableEntity row, CampaignProgress? progress)
    {
        var definition = CampaignRow.Definition(row);
        return new CampaignView(row.PartitionKey, definition.Name, row.GetString(CampaignRow.Status)!, definition.ScenarioId, definition.RecipientListId,
            definition.Channels, definition.Window.StartAt, definition.Window.EndAt,
            new QuietHoursView(row.GetString("QuietFrom")!, row.GetString("QuietUntil")!), definition.TimeZoneId,
            definition.Rates.ToDictionary(r => r.Key, r => r.Value.PerMinute), definition.Values,
            definition.Outage is { } outage ? new OutageView(outage.DecidedAt, outage.OutageStartsAt, outage.LatestSend) : null,
            row.GetString("CreatedBy"), row.GetDateTimeOffset("CreatedAt"), row.GetString("ApprovedBy"), row.GetDateTimeOffset("ApprovedAt"),
            row.GetDateTimeOffset("StartedAt"), row.GetDateTimeOffset("CompletedAt"), row.ETag.ToString(), progress);
    }
}

public sealed record QuietHoursView(string From, string Until);

/// <param name="LatestSend">001's rule: the last instant a notice may go.</param>
public sealed record OutageView(DateTimeOffset DecidedAt, DateTimeOffset StartsAt, DateTimeOffset LatestSend);
