namespace CustomerService.Functions.Platform.Communication.Sms;

/// <summary>
/// One SMS to up to 100 recipients (research B1). Each recipient carries its repeatability id and
/// first-sent time: resending the same pair never sends the message twice, so the caller keeps
/// them (in its delivery record) and reuses them on every retry.
/// </summary>
public sealed record SmsSendRequest(string From, string Message, IReadOnlyList<SmsRecipient> Recipients, bool EnableDeliveryReport = true, string? Tag = null)
{
    public const int MaxRecipients = 100;
    public const int MaxMessageLength = 2048;
}

public sealed record SmsRecipient(string To, Guid RepeatabilityRequestId, DateTimeOffset RepeatabilityFirstSent)
{
    /// <summary>A new recipient entry for a first attempt; store both values before sending.</summary>
    public static SmsRecipient First(string to, DateTimeOffset now) =>
        new(to, Guid.NewGuid(), new DateTimeOffset(now.UtcDateTime.Ticks - now.UtcDateTime.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero));
}

/// <summary>One recipient's result: <see cref="Successful"/> with a <see cref="MessageId"/> (the id delivery reports carry), or an error.</summary>
public sealed record SmsSendResult(string To, string? MessageId, int HttpStatusCode, bool Successful, string? ErrorMessage, string? RepeatabilityResult)
{
    /// <summary>Per-recipient throttling or service fault: worth retrying with the same repeatability id.</summary>
    public bool IsTransient => !Successful && HttpStatusCode is 429 or >= 500;
}
