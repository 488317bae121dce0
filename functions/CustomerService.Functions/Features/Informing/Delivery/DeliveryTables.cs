using CustomerService.Functions.Features.Appeals.Registration;
using CustomerService.Functions.Platform.Storage;
using CustomerService.Functions.Platform.Storage.Queues;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Informing.Delivery;

/// <summary>Storage of delivery (docs/informing.md): the outbox it reads, its records, their index by ACS id, and the dispatch queue.</summary>
public sealed class DeliveryTables(TableServiceClient tables, QueueServiceClient queues)
{
    public const string Deliveries = "MessageDeliveries";
    public const string Index = "MessageDeliveryIndex";
    public const string DispatchQueue = "outbox-dispatch";

    private readonly CreateOnce _created = new();

    public TableClient Outbox => tables.GetTableClient(AppealTables.Outbox);
    public TableClient Records => tables.GetTableClient(Deliveries);
    public TableClient IndexTable => tables.GetTableClient(Index);
    public QueueClient Queue => queues.GetQueueClient(DispatchQueue);

    /// <summary>Once per process; afterwards a flag check.</summary>
    public Task EnsureCreatedAsync(CancellationToken cancellationToken) => _created.RunAsync(CreateAsync, cancellationToken);

    private async Task CreateAsync(CancellationToken cancellationToken)
    {
        foreach (var table in new[] { Outbox, Records, IndexTable }) await table.CreateIfNotExistsAsync(cancellationToken);
        await Queue.CreateIfNotExistsAsync(cancellationToken);
    }
}
