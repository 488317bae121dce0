using CustomerService.Functions.Platform.Storage;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Informing.Content;

/// <summary>Tables of scenarios, recipient lists and opt-outs (docs/scenarios.md, docs/recipient-lists.md), created once per process.</summary>
public sealed class InformingContentTables(TableServiceClient tables)
{
    /// <summary>Staff overrides of scenario texts: PartitionKey = scenario id, RowKey = language.</summary>
    public const string ScenarioOverrides = "InformingScenarios";

    /// <summary>One summary row per list (PartitionKey = list id, RowKey = <c>list</c>) and its rejected-row report.</summary>
    public const string RecipientLists = "RecipientLists";

    /// <summary>Accepted recipients, sharded: PartitionKey = <c>{listId}-{shard:00}</c>, RowKey = account.</summary>
    public const string Recipients = "Recipients";

    /// <summary>The opt-out register: PartitionKey = channel, RowKey = normalised address.</summary>
    public const string OptOuts = "OptOuts";

    private readonly CreateOnce _created = new();

    public TableClient Table(string name) => tables.GetTableClient(name);

    public Task EnsureCreatedAsync(CancellationToken cancellationToken) => _created.RunAsync(CreateAsync, cancellationToken);

    private async Task CreateAsync(CancellationToken cancellationToken)
    {
        foreach (var name in new[] { ScenarioOverrides, RecipientLists, Recipients, OptOuts }) await tables.GetTableClient(name).CreateIfNotExistsAsync(cancellationToken);
    }
}
