namespace CustomerService.Functions.Platform.Hosting.Invocation;

/// <summary>One delivery of a queue message to a function.</summary>
/// <param name="MessageText">The text as it was sent (already base64-decoded and unquoted).</param>
/// <param name="DequeueCount">1 on the first attempt; grows with each retry.</param>
/// <param name="Retry">Present only when a host-level retry policy is active (hosted mode).</param>
public sealed record QueueInvocation(
    string FunctionName,
    string InvocationId,
    string MessageText,
    string? MessageId,
    string? PopReceipt,
    long DequeueCount,
    DateTimeOffset? InsertionTime,
    DateTimeOffset? ExpirationTime,
    DateTimeOffset? NextVisibleTime,
    RetryContext? Retry)
{
    /// <summary>Lines for the invocation log (returned to the host as <c>Logs</c>; logged standalone). No personal data.</summary>
    public InvocationLog Log { get; } = new();
}

/// <summary>The host's retry policy state (<c>Metadata.RetryContext</c>).</summary>
public sealed record RetryContext(int RetryCount, int MaxRetryCount, string? Exception);
