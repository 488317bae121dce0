using System.Text.Json.Nodes;

namespace CustomerService.Functions.Tests.Support.FakeAcs;

/// <summary>Event Grid events (Event Grid schema) as ACS publishes them for what the fake sent (research B1/B2).</summary>
public static class FakeAcsEvents
{
    public static JsonObject SmsDeliveryReport(FakeSms sms, string status = "Delivered") => Event(
        "Microsoft.Communication.SMSDeliveryReportReceived", $"/phonenumber/{sms.To.TrimStart('+')}",
        new JsonObject
        {
            ["messageId"] = sms.MessageId, ["from"] = sms.From, ["to"] = sms.To, ["deliveryStatus"] = status,
            ["deliveryStatusDetails"] = status == "Delivered" ? "No error." : "Handset unreachable.",
            ["deliveryAttempts"] = new JsonArray(new JsonObject { ["timestamp"] = "2026-12-07T10:00:03Z", ["segmentsSucceeded"] = 1, ["segmentsFailed"] = 0 }),
            ["receivedTimestamp"] = "2026-12-07T10:00:04Z", ["tag"] = sms.Tag,
        });

    public static JsonObject EmailDeliveryReport(FakeEmail email, string status = "Delivered", string? recipient = null) => Event(
        "Microsoft.Communication.EmailDeliveryReportReceived", $"sender/{email.Sender}/message/{email.OperationId}",
        new JsonObject
        {
            ["sender"] = email.Sender, ["recipient"] = recipient ?? email.To[0], ["messageId"] = email.OperationId, ["status"] = status,
            ["deliveryStatusDetails"] = new JsonObject { ["statusMessage"] = status == "Delivered" ? "No error." : "Mailbox unavailable." },
            ["deliveryAttemptTimeStamp"] = "2026-12-07T10:00:04Z",
        });

    public static JsonObject SubscriptionValidation(string code) => Event(
        "Microsoft.EventGrid.SubscriptionValidationEvent", "",
        new JsonObject { ["validationCode"] = code, ["validationUrl"] = "https://rp-westeurope.eventgrid.azure.net/validate?code=x" });

    public static JsonObject Event(string type, string subject, JsonObject data) => new()
    {
        ["id"] = Guid.NewGuid().ToString(),
        ["topic"] = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Communication/CommunicationServices/fake-acs",
        ["subject"] = subject, ["eventType"] = type, ["eventTime"] = "2026-12-07T10:00:05Z", ["data"] = data,
        ["dataVersion"] = "1.0", ["metadataVersion"] = "1",
    };
}
