using Azure;

namespace CustomerService.Functions.Platform.Communication;

/// <summary>
/// A failed ACS call after retries: the status, the service's error code and, for 429/503, how
/// long the service asked us to wait, so a queue function can come back later instead of hammering.
/// </summary>
public sealed class CommunicationException(int status, string message, string? errorCode, TimeSpan? retryAfter)
    : RequestFailedException(status, message, errorCode, null)
{
    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>Throttling or a service fault: the same request may succeed later.</summary>
    public bool IsTransient => Status is 408 or 429 or >= 500;
}
