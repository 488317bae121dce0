namespace CustomerService.Functions.Features.Informing.Delivery;

/// <summary>What ACS said to one send: accepted with its id, or an error that is worth retrying or not.</summary>
public sealed record SendAttempt(string? AcsMessageId, string? Error, bool Transient, TimeSpan? RetryAfter)
{
    public bool Accepted => AcsMessageId is not null;

    public static SendAttempt Ok(string acsMessageId) => new(acsMessageId, null, false, null);

    public static SendAttempt Refused(string error) => new(null, error, false, null);

    public static SendAttempt Later(string error, TimeSpan? retryAfter) => new(null, error, true, retryAfter);
}

/// <summary>Thrown to let the queue deliver the message again (ACS throttled or failed); the record keeps the idempotency id.</summary>
public sealed class DeliveryRetryException(string message, TimeSpan? retryAfter) : Exception(message)
{
    public TimeSpan? RetryAfter { get; } = retryAfter;
}

public enum DeliveryOutcome
{
    /// <summary>ACS accepted it now.</summary>
    Sent,

    /// <summary>An earlier attempt already got it accepted (or finished it): nothing sent now.</summary>
    AlreadyDone,

    /// <summary>No ACS channel for it (standalone default, post, customer portal): it stays pending in the outbox.</summary>
    StaysInOutbox,

    /// <summary>Refused for good (bad address, ACS 4xx, attempts used up).</summary>
    Failed,

    /// <summary>No outbox row with that id.</summary>
    NoSuchMessage,
}
