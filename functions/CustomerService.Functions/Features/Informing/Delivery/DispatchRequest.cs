using System.Text.Json;

namespace CustomerService.Functions.Features.Informing.Delivery;

/// <summary>The <c>outbox-dispatch</c> queue message: which outbox row to deliver (partition = day, row = message id).</summary>
public sealed record DispatchRequest(string Day, string MessageId)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static DispatchRequest? Parse(string text)
    {
        try
        {
            var request = JsonSerializer.Deserialize<DispatchRequest>(text, Json);
            return request is { Day.Length: > 0, MessageId.Length: > 0 } ? request : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
