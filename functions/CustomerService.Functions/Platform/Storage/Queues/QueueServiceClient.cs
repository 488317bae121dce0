namespace CustomerService.Functions.Platform.Storage.Queues;

/// <summary>Entry point to the account's queue service; hands out one <see cref="QueueClient"/> per queue.</summary>
public sealed class QueueServiceClient(StorageConnection connection, QueueClientOptions? options = null)
{
    private readonly QueueClientOptions _options = options ?? new QueueClientOptions();
    private readonly StoragePipeline _pipeline = new(connection, StorageService.Queue, options);

    public Uri Uri => connection.QueueEndpoint;

    /// <summary>The queue of that name, after the connection's queue-name prefix (empty unless configured).</summary>
    public QueueClient GetQueueClient(string queueName) => new(_pipeline, connection.QueueNamePrefix + queueName, _options.MessageEncoding);
}

/// <summary>
/// How message text is stored. The Functions queue trigger (extension v5) expects base64 by
/// default and sends badly encoded messages straight to poison, so base64 is our default.
/// </summary>
public enum QueueMessageEncoding
{
    Base64,
    None,
}

public sealed class QueueClientOptions : StorageClientOptions
{
    public QueueMessageEncoding MessageEncoding { get; set; } = QueueMessageEncoding.Base64;
}
