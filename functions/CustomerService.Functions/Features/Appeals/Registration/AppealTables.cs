using CustomerService.Functions.Platform.Storage;
using CustomerService.Functions.Platform.Storage.Queues;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Appeals.Registration;

/// <summary>Tables and queue of the appeals feature (docs/appeals.md), created once per process before first use.</summary>
public sealed class AppealTables(TableServiceClient tables, QueueServiceClient queues)
{
    public const string Appeals = "Appeals";
    public const string Counters = "AppealCounters";
    public const string Journal = "AppealJournal";
    public const string Outbox = "Outbox";
    public const string RegisteredQueue = "appeal-registered";
    public const string StepQueueName = "appeal-step";

    /// <summary>
    /// The appeal row's key, unique per appeal (<c>appeal-{appealId}</c>) although the partition already
    /// is: Azurite (LokiJS) finds an entity through its row-key index first, so a row key shared by
    /// every appeal made each point read and insert scan all appeals — intake slowed as appeals
    /// accumulated. It sorts before the history (<c>h-</c>) and message (<c>m-</c>) rows, like before.
    /// </summary>
    public static string AppealRowKey(string appealId) => AppealRowKeyPrefix + appealId;

    /// <summary>Every appeal row's key starts with this (a range filter finds all appeal rows).</summary>
    public const string AppealRowKeyPrefix = "appeal-";
    /// <summary>The acknowledgement message row, <c>m-acknowledgement-{appealId}</c>: unique per appeal for the same reason as <see cref="AppealRowKey"/>.</summary>
    public static string AcknowledgementRowKey(string appealId) => $"m-acknowledgement-{appealId}";

    private readonly CreateOnce _created = new();

    public TableClient Table(string name) => tables.GetTableClient(name);
    public QueueClient Queue => queues.GetQueueClient(RegisteredQueue);
    public QueueClient StepQueue => queues.GetQueueClient(StepQueueName);

    /// <summary>Off the request path after the first call: a flag check, no storage operation.</summary>
    public Task EnsureCreatedAsync(CancellationToken cancellationToken) => _created.RunAsync(CreateAsync, cancellationToken);

    private async Task CreateAsync(CancellationToken cancellationToken)
    {
        foreach (var name in new[] { Appeals, Counters, Journal, Outbox }) await tables.GetTableClient(name).CreateIfNotExistsAsync(cancellationToken);
        await Queue.CreateIfNotExistsAsync(cancellationToken);
        await StepQueue.CreateIfNotExistsAsync(cancellationToken);
    }
}
