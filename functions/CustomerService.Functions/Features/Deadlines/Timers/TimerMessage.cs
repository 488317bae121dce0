using System.Text.Json;
using System.Text.Json.Serialization;

namespace CustomerService.Functions.Features.Deadlines.Timers;

/// <summary>
/// A timer: "wake up for milestone <see cref="MilestoneId"/> of deadline version <see cref="Version"/>
/// at <see cref="At"/>". Not state: the handler re-reads the register and acts only if both are
/// still current. <see cref="Bucket"/> names the due-index row to remove once handled.
/// </summary>
public sealed record TimerMessage(
    [property: JsonPropertyName("a")] string AppealId,
    [property: JsonPropertyName("v")] long Version,
    [property: JsonPropertyName("m")] string MilestoneId,
    [property: JsonPropertyName("t")] DateTimeOffset At,
    [property: JsonPropertyName("b")] string Bucket)
{
    public string IndexRowKey => DueIndex.RowKey(AppealId, Version, MilestoneId);

    public string ToJson() => JsonSerializer.Serialize(this);

    public static TimerMessage Parse(string text) =>
        JsonSerializer.Deserialize<TimerMessage>(text) is { AppealId.Length: > 0, MilestoneId.Length: > 0, Bucket.Length: > 0 } message
            ? message
            : throw new FormatException("Not a deadline timer message.");
}
