using System.Globalization;
using System.Text.Json;
using CustomerService.Functions.Features.Informing.Campaigns.Model;
using CustomerService.Functions.Features.Informing.Campaigns.Planning;
using CustomerService.Functions.Features.Informing.Scenarios;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Informing.Campaigns.Store;

/// <summary>The campaign row: its definition, status and who moved it (AI-13: who approved).</summary>
public static class CampaignRow
{
    public const string Status = "Status";
    public const string PlanningDone = "PlanningDone";
    public const string Recipients = "Recipients";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static TableEntity Base(string id, CampaignDefinition definition, string createdBy, DateTimeOffset now) => new(id, CampaignTables.CampaignRowKey)
    {
        ["Name"] = definition.Name,
        ["ScenarioId"] = definition.ScenarioId,
        ["RecipientListId"] = definition.RecipientListId,
        ["Channels"] = string.Join(',', definition.Channels),
        ["StartAt"] = definition.Window.StartAt,
        ["EndAt"] = definition.Window.EndAt,
        ["QuietFrom"] = definition.Window.QuietHours.From.ToString("HH:mm", CultureInfo.InvariantCulture),
        ["QuietUntil"] = definition.Window.QuietHours.Until.ToString("HH:mm", CultureInfo.InvariantCulture),
        ["TimeZone"] = definition.TimeZoneId,
        ["Rates"] = JsonSerializer.Serialize(definition.Rates.ToDictionary(r => r.Key, r => r.Value.PerMinute), Json),
        ["Values"] = JsonSerializer.Serialize(definition.Values.ToDictionary(v => v.Key, v => Convert.ToString(v.Value, CultureInfo.InvariantCulture)), Json),
        ["Texts"] = definition.Texts is null ? "" : JsonSerializer.Serialize(definition.Texts, Json),
        [Status] = Wire(CampaignStatus.Draft),
        ["CreatedBy"] = createdBy,
        ["CreatedAt"] = now,
        [PlanningDone] = false,
    };

    public static TableEntity From(string id, CampaignDefinition definition, string createdBy, DateTimeOffset now) => WithOutage(Base(id, definition, createdBy, now), definition.Outage);

    private static TableEntity WithOutage(TableEntity row, OutageNotice? outage)
    {
        row["HasOutage"] = outage is not null;
        if (outage is null) return row;
        row["OutageDecidedAt"] = outage.DecidedAt;
        row["OutageStartsAt"] = outage.OutageStartsAt;
        return row;
    }

    public static CampaignDefinition Definition(TableEntity row)
    {
        var window = new CampaignWindow(row.GetDateTimeOffset("StartAt")!.Value, row.GetDateTimeOffset("EndAt")!.Value,
            new QuietHours(TimeOnly.ParseExact(row.GetString("QuietFrom")!, "HH:mm", CultureInfo.InvariantCulture),
                TimeOnly.ParseExact(row.GetString("QuietUntil")!, "HH:mm", CultureInfo.InvariantCulture)));
        var rates = JsonSerializer.Deserialize<Dictionary<string, int?>>(row.GetString("Rates") ?? "{}", Json)!
            .ToDictionary(r => r.Key, r => new SendRate(r.Value), StringComparer.Ordinal);
        var values = JsonSerializer.Deserialize<Dictionary<string, string>>(row.GetString("Values") ?? "{}", Json)!
            .ToDictionary(v => v.Key, v => (object)v.Value, StringComparer.Ordinal);
        var texts = row.GetString("Texts") is { Length: > 0 } json ? JsonSerializer.Deserialize<ScenarioContent>(json, Json) : null;
        var outage = row.GetBoolean("HasOutage") == true
            ? new OutageNotice(row.GetDateTimeOffset("OutageDecidedAt")!.Value, row.GetDateTimeOffset("OutageStartsAt")!.Value)
            : null;
        return new CampaignDefinition(row.GetString("Name")!, row.GetString("ScenarioId")!, row.GetString("RecipientListId")!,
            row.GetString("Channels")!.Split(',', StringSplitOptions.RemoveEmptyEntries), window, row.GetString("TimeZone")!, rates, values, texts, outage);
    }

    public static CampaignStatus StatusOf(TableEntity row) => Parse(row.GetString(Status));

    public static string Wire(CampaignStatus status) => JsonNamingPolicy.CamelCase.ConvertName(status.ToString());

    public static CampaignStatus Parse(string? wire) =>
        Enum.TryParse<CampaignStatus>(wire, ignoreCase: true, out var status) ? status : throw new InvalidOperationException($"Unknown campaign status '{wire}'.");
}
