using System.Text.Json;

namespace CustomerService.Functions.Features.Informing.Campaigns.Execution;

/// <summary>
/// The <c>campaign-plan</c> message: plan page <see cref="Page"/> of the campaign's list, starting at
/// <see cref="Continuation"/>. <see cref="Sent"/> carries how many messages per channel earlier
/// pages planned, so each page spaces its batches after theirs (the throttle holds across pages).
/// Everything is deterministic from the message, so a redelivered step writes the same items.
/// </summary>
public sealed record PlanStep(string CampaignId, int Page, string? Continuation, long Sequence, Dictionary<string, long> Sent)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static PlanStep First(string campaignId) => new(campaignId, 0, null, 0, []);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static PlanStep? Parse(string text)
    {
        try
        {
            return JsonSerializer.Deserialize<PlanStep>(text, Json) is { CampaignId.Length: > 0 } step ? step : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>
/// The <c>campaign-dispatch</c> message: send group <see cref="Group"/> of item partition
/// <see cref="Partition"/>, not before <see cref="NotBefore"/>.
/// </summary>
public sealed record DispatchBatch(string CampaignId, string Partition, string Group, DateTimeOffset NotBefore)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static DispatchBatch? Parse(string text)
    {
        try
        {
            return JsonSerializer.Deserialize<DispatchBatch>(text, Json) is { CampaignId.Length: > 0, Partition.Length: > 0, Group.Length: > 0 } batch ? batch : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
