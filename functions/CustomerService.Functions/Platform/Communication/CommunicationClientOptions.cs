using Azure.Core;

namespace CustomerService.Functions.Platform.Communication;

/// <summary>
/// Options of our ACS clients: api-versions and the Azure.Core retry settings. Azure.Core retries
/// 408, 429, 500, 502, 503, 504 and network errors (timeouts included) and waits at least what a
/// <c>Retry-After</c> header asks for. Retrying a send is safe because every send carries its
/// idempotency id (SMS repeatability id, e-mail <c>Operation-Id</c>).
/// </summary>
public sealed class CommunicationClientOptions : ClientOptions
{
    /// <summary>GA SMS version with per-recipient repeatability fields (research B1).</summary>
    public const string DefaultSmsApiVersion = "2021-03-07";

    /// <summary>GA e-mail version (research B2).</summary>
    public const string DefaultEmailApiVersion = "2023-03-31";

    public CommunicationClientOptions()
    {
        Retry.Mode = RetryMode.Exponential;
        Retry.MaxRetries = 4;
        Retry.Delay = TimeSpan.FromMilliseconds(500);
        Retry.MaxDelay = TimeSpan.FromSeconds(30);
        Retry.NetworkTimeout = TimeSpan.FromSeconds(30);
        // Bodies carry phone numbers, addresses and message texts: never log them.
        Diagnostics.IsLoggingContentEnabled = false;
    }

    public string SmsApiVersion { get; set; } = DefaultSmsApiVersion;

    public string EmailApiVersion { get; set; } = DefaultEmailApiVersion;

    /// <summary>Poll interval for e-mail operations when the service sends no <c>retry-after</c>.</summary>
    public TimeSpan EmailPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Clock for request dates and polling waits.</summary>
    public TimeProvider Time { get; set; } = TimeProvider.System;
}
