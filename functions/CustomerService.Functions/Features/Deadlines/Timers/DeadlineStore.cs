using CustomerService.Functions.Features.Appeals.Registration;
using CustomerService.Functions.Features.Appeals.Workflow;
using CustomerService.Functions.Platform.Storage;
using CustomerService.Functions.Platform.Storage.Queues;
using CustomerService.Functions.Platform.Storage.Tables;
using Microsoft.Extensions.Options;

namespace CustomerService.Functions.Features.Deadlines.Timers;

/// <summary>
/// The engine's tables and timer queue (<see cref="DeadlineOptions"/>), created once per process
/// before first use, and the batched writes timers make at bursts (due-index removals, staff
/// notifications): thousands of timers due in the same hour share a few transactions.
/// </summary>
public sealed class DeadlineStore
{
    private readonly CreateOnce _created = new();
    private readonly TableServiceClient _tables;
    private readonly QueueServiceClient _queues;
    private readonly AppealTables _appeals;

    public DeadlineStore(TableServiceClient tables, QueueServiceClient queues, AppealTables appeals, IOptions<DeadlineOptions> options)
    {
        (_tables, _queues, _appeals, Options) = (tables, queues, appeals, options.Value);
        DueIndexWrites = new PartitionBatcher(DueIndex);
        NotificationWrites = new PartitionBatcher(Notifications);
    }

    public DeadlineOptions Options { get; }

    /// <summary>Due-index rows removed by timers, batched per hour bucket.</summary>
    public PartitionBatcher DueIndexWrites { get; }

    /// <summary>Staff notifications inserted once each, batched per recipient.</summary>
    public PartitionBatcher NotificationWrites { get; }

    public TableClient Deadlines => _tables.GetTableClient(Options.DeadlinesTable);
    public TableClient DueIndex => _tables.GetTableClient(Options.DueIndexTable);
    public TableClient Notifications => _tables.GetTableClient(Options.NotificationsTable);
    public TableClient Appeals => _appeals.Table(AppealTables.Appeals);
    public TableClient Outbox => _appeals.Table(AppealTables.Outbox);
    public QueueClient Timers => _queues.GetQueueClient(Options.TimerQueue);
    public QueueClient ReplanQueue => _queues.GetQueueClient(Options.ReplanQueue);

    public async Task<DeadlineRecord?> ReadDeadlineAsync(string appealId, CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken);
        return await Deadlines.GetEntityIfExistsAsync(appealId, DeadlineRecord.RowKeyOf(appealId), cancellationToken: cancellationToken) is { } row
            ? DeadlineRecord.From(row)
            : null;
    }

    /// <summary>One appeal's partition in one query (the register row, its history and messages).</summary>
    public async Task<AppealFile?> LoadAppealAsync(string appealId, CancellationToken cancellationToken)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in Appeals.QueryAsync(TableFilter.PartitionKeyEquals(appealId), cancellationToken: cancellationToken)) rows.Add(row);
        return AppealFile.From(rows);
    }

    public Task EnsureCreatedAsync(CancellationToken cancellationToken) => _created.RunAsync(CreateAsync, cancellationToken);

    private async Task CreateAsync(CancellationToken cancellationToken)
    {
        await _appeals.EnsureCreatedAsync(cancellationToken);
        foreach (var table in new[] { Deadlines, DueIndex, Notifications }) await table.CreateIfNotExistsAsync(cancellationToken);
        await Timers.CreateIfNotExistsAsync(cancellationToken);
    }
}
