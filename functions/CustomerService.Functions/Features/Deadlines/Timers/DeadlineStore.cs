using CustomerService.Functions.Features.Appeals.Registration;
using CustomerService.Functions.Features.Appeals.Workflow;
using CustomerService.Functions.Platform.Storage;
using CustomerService.Functions.Platform.Storage.Queues;
using CustomerService.Functions.Platform.Storage.Tables;
using Microsoft.Extensions.Options;

namespace CustomerService.Functions.Features.Deadlines.Timers;

/// <summary>The engine's tables and timer queue (<see cref="DeadlineOptions"/>), created once per process before first use.</summary>
public sealed class DeadlineStore(TableServiceClient tables, QueueServiceClient queues, AppealTables appeals, IOptions<DeadlineOptions> options)
{
    private readonly CreateOnce _created = new();

    public DeadlineOptions Options { get; } = options.Value;
    public TableClient Deadlines => tables.GetTableClient(Options.DeadlinesTable);
    public TableClient DueIndex => tables.GetTableClient(Options.DueIndexTable);
    public TableClient Notifications => tables.GetTableClient(Options.NotificationsTable);
    public TableClient Appeals => appeals.Table(AppealTables.Appeals);
    public TableClient Outbox => appeals.Table(AppealTables.Outbox);
    public QueueClient Timers => queues.GetQueueClient(Options.TimerQueue);
    public QueueClient ReplanQueue => queues.GetQueueClient(Options.ReplanQueue);

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
        await appeals.EnsureCreatedAsync(cancellationToken);
        foreach (var table in new[] { Deadlines, DueIndex, Notifications }) await table.CreateIfNotExistsAsync(cancellationToken);
        await Timers.CreateIfNotExistsAsync(cancellationToken);
    }
}
