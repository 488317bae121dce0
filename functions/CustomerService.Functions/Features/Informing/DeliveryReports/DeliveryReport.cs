using System.Text.Json;

namespace CustomerService.Functions.Features.Informing.DeliveryReports;

/// <summary>One ACS delivery report, from either event type, reduced to what a delivery record needs.</summary>
/// <param name="MessageId">ACS's SMS message id (<c>Outgoing_…</c>) or the e-mail operation id (ours).</param>
/// <param name="Status">As ACS wrote it: <c>Delivered</c>, <c>Failed</c>, <c>Bounced</c>, <c>Suppressed</c>, …</param>
public sealed record DeliveryReport(string Channel, string MessageId, string Recipient, string Status, string? Details, string? Tag, DateTimeOffset? At)
{
    public const string SmsEventType = "Microsoft.Communication.SMSDeliveryReportReceived";
    public const string EmailEventType = "Microsoft.Communication.EmailDeliveryReportReceived";
    public const string ValidationEventType = "Microsoft.EventGrid.SubscriptionValidationEvent";

    /// <summary>Only <c>Delivered</c> counts as delivered; "any value other than Delivered is considered failed" (research B2) — except
    /// e-mail's <c>Expanded</c> (a distribution list was expanded), which says nothing yet.</summary>
    public bool IsFinal => !Status.Equals("Expanded", StringComparison.OrdinalIgnoreCase);

    public bool IsDelivered => Status.Equals("Delivered", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads the event's <c>data</c>; null when a field it needs is missing. Keys are matched case-insensitively (older samples use PascalCase).</summary>
    public static DeliveryReport? FromEvent(string eventType, JsonElement data)
    {
        if (data.ValueKind != JsonValueKind.Object) return null;
        return eventType switch
        {
            SmsEventType => Build("sms", data, "to", "deliveryStatus", Text(data, "deliveryStatusDetails"), Text(data, "tag"), Time(data, "receivedTimestamp")),
            EmailEventType => Build("email", data, "recipient", "status", EmailDetails(data), null, Time(data, "deliveryAttemptTimeStamp")),
            _ => null,
        };
    }

    private static DeliveryReport? Build(string channel, JsonElement data, string recipientField, string statusField, string? details, string? tag, DateTimeOffset? at) =>
        Text(data, "messageId") is { Length: > 0 } id && Text(data, recipientField) is { Length: > 0 } recipient && Text(data, statusField) is { Length: > 0 } status
            ? new DeliveryReport(channel, id, recipient, status, details, tag, at)
            : null;

    private static string? EmailDetails(JsonElement data) =>
        Property(data, "deliveryStatusDetails") is { ValueKind: JsonValueKind.Object } details ? Text(details, "statusMessage") : null;

    private static string? Text(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    private static DateTimeOffset? Time(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.String } value && value.TryGetDateTimeOffset(out var at) ? at : null;

    internal static JsonElement? Property(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object) return null;
        foreach (var property in element.EnumerateObject())
            if (property.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) return property.Value;
        return null;
    }
}
