using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Informing.Delivery;

/// <summary>
/// One message to one recipient (<c>MessageDeliveries</c>: partition = outbox message id, row =
/// <c>{channel}:{escaped address}</c>). Written as an <see cref="Intent"/> with its idempotency
/// id <b>before</b> ACS is called, so a retry after a crash reuses the same SMS repeatability id
/// or e-mail <c>Operation-Id</c> and ACS does not send twice. States only move forward:
/// intent → accepted → delivered | failed.
/// </summary>
public static class DeliveryRecord
{
    public const string Intent = "intent";
    public const string Accepted = "accepted";
    public const string Delivered = "delivered";
    public const string Failed = "failed";

    public const string State = "State";
    public const string Channel = "Channel";
    public const string To = "To";
    public const string OutboxDay = "OutboxDay";
    public const string IdempotencyId = "IdempotencyId";
    public const string FirstSentAt = "FirstSentAt";
    public const string Attempts = "Attempts";
    public const string AcsMessageId = "AcsMessageId";
    public const string AcceptedAt = "AcceptedAt";
    public const string LastError = "LastError";
    public const string DeliveryStatus = "DeliveryStatus";
    public const string DeliveryDetails = "DeliveryDetails";
    public const string ReportedAt = "ReportedAt";
    public const string UpdatedAt = "UpdatedAt";

    public static string RecipientKey(string channel, string address) => $"{channel}:{Uri.EscapeDataString(address)}";

    public static TableEntity NewIntent(string messageId, string day, string channel, string address, DateTimeOffset now) =>
        new(messageId, RecipientKey(channel, address))
        {
            [State] = Intent,
            [Channel] = channel,
            [To] = address,
            [OutboxDay] = day,
            [IdempotencyId] = Guid.NewGuid(),
            // ACS wants the first-sent time in RFC 1123, whole seconds: store exactly what is sent.
            [FirstSentAt] = new DateTimeOffset(now.UtcTicks - now.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero),
            [Attempts] = 0,
            [UpdatedAt] = now,
        };

    /// <summary>Forward-only: a later state never goes back (a late "accepted" must not undo "delivered").</summary>
    public static int Rank(string? state) => state switch
    {
        Intent => 0,
        Accepted => 1,
        Delivered or Failed => 2,
        _ => -1,
    };
}
