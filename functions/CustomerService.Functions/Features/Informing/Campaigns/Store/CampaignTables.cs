using CustomerService.Functions.Platform.Storage;
using CustomerService.Functions.Platform.Storage.Queues;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Informing.Campaigns.Store;

/// <summary>
/// Storage of campaigns (docs/campaigns.md): <c>Campaigns</c> holds one row per campaign
/// (partition = campaign id, row <see cref="CampaignRowKey"/>) and, in the same partition, one
/// summary row per group of items; <c>CampaignItems</c> holds one row per recipient, in
/// <see cref="Shards"/> partitions per campaign so planning and sending spread over partitions.
/// </summary>
public sealed class CampaignTables(TableServiceClient tables, QueueServiceClient queues, CampaignQueueNames names)
{
    public const string CampaignsTable = "Campaigns";
    public const string ItemsTable = "CampaignItems";
    public const string PlanQueue = "campaign-plan";
    public const string DispatchQueue = "campaign-dispatch";
    public const string CampaignRowKey = "campaign";
    public const string GroupRowPrefix = "group-";

    /// <summary>Item partitions per campaign: enough to spread writes, few enough to query a campaign quickly.</summary>
    public const int Shards = 8;

    private readonly CreateOnce _created = new();

    public TableClient Campaigns => tables.GetTableClient(CampaignsTable);
    public TableClient Items => tables.GetTableClient(ItemsTable);
    public QueueClient Plan => queues.GetQueueClient(names.Plan);
    public QueueClient Dispatch => queues.GetQueueClient(names.Dispatch);

    public static string ItemPartition(string campaignId, int shard) => $"{campaignId}-{shard}";

    public Task EnsureCreatedAsync(CancellationToken cancellationToken) => _created.RunAsync(CreateAsync, cancellationToken);

    private async Task CreateAsync(CancellationToken cancellationToken)
    {
        await Campaigns.CreateIfNotExistsAsync(cancellationToken);
        await Items.CreateIfNotExistsAsync(cancellationToken);
        await Plan.CreateIfNotExistsAsync(cancellationToken);
        await Dispatch.CreateIfNotExistsAsync(cancellationToken);
    }
}

/// <summary>
/// The two campaign queues. Always the defaults in the app; a test that runs beside other apps on
/// the same storage registers its own names (and queue functions on them) so no other app takes its messages.
/// </summary>
public sealed record CampaignQueueNames(string Plan, string Dispatch)
{
    public static CampaignQueueNames Default { get; } = new(CampaignTables.PlanQueue, CampaignTables.DispatchQueue);
}
