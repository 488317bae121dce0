namespace CustomerService.Functions.Features.Informing.Delivery;

/// <summary>
/// The <c>State</c> column of an outbox row as delivery moves it (appeals write <c>pending</c>).
/// Without ACS settings a row stays <c>pending</c>: the message waits in the outbox for staff
/// (<c>GET /api/outbox</c>), never silently dropped.
/// </summary>
public static class OutboxStates
{
    public const string Pending = "pending";
    public const string Sent = "sent";
    public const string Delivered = "delivered";
    public const string Failed = "failed";

    /// <summary>The outbox state shown for a delivery record's state.</summary>
    public static string ForRecord(string recordState) => recordState switch
    {
        DeliveryRecord.Accepted => Sent,
        DeliveryRecord.Delivered => Delivered,
        DeliveryRecord.Failed => Failed,
        _ => Pending,
    };
}
