using Azure.Core;

namespace CustomerService.Functions.Platform.Storage;

/// <summary>
/// Options shared by our Table, Queue and Blob clients: the REST version and the Azure.Core
/// retry/diagnostics settings (retries on 408/429/5xx and network errors with exponential backoff).
/// </summary>
public class StorageClientOptions : ClientOptions
{
    /// <summary>
    /// Azurite 3.36 accepts versions up to 2025-11-05 (research B5); Azure accepts it too.
    /// </summary>
    public const string DefaultServiceVersion = "2025-11-05";

    public StorageClientOptions()
    {
        Retry.Mode = RetryMode.Exponential;
        Retry.MaxRetries = 5;
        Retry.Delay = TimeSpan.FromMilliseconds(200);
        Retry.MaxDelay = TimeSpan.FromSeconds(10);
        Retry.NetworkTimeout = TimeSpan.FromSeconds(100);
        // Request/response bodies may hold personal data: never log them.
        Diagnostics.IsLoggingContentEnabled = false;
    }

    public string ServiceVersion { get; set; } = DefaultServiceVersion;
}
