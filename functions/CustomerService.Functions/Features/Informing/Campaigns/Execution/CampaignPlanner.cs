using System.Text.Json;
using Azure;
using CustomerService.Functions.Features.Informing.Campaigns.Model;
using CustomerService.Functions.Features.Informing.Campaigns.Planning;
using CustomerService.Functions.Features.Informing.Campaigns.Sources;
using CustomerService.Functions.Features.Informing.Campaigns.Store;
using CustomerService.Functions.Platform.Hosting.Invocation;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Informing.Campaigns.Execution;

/// <summary>
/// Queue <c>campaign-plan</c>: reads one page of the campaign's list, decides each recipient's
/// channel or skip reason, writes the items in groups (one table transaction per group, spread over
/// the campaign's shards) and puts one <c>campaign-dispatch</c> message per sendable group, due at
/// its throttle slot moved past the recipient's quiet hours. Then it queues the next page, or marks
/// planning done. A redelivered step writes the same keys: existing groups are left as they are.
/// </summary>
public sealed class CampaignPlanFunction(CampaignTables tables, ICampaignRecipients recipients, CampaignClock clock, CampaignSettings settings) : IQueueFunction
{
    public const string FunctionName = "CampaignPlan";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task RunAsync(QueueInvocation invocation, CancellationToken cancellationToken)
    {
        var step = PlanStep.Parse(invocation.MessageText) ?? throw new FormatException("Not a campaign planning step.");
        await tables.EnsureCreatedAsync(cancellationToken);
        var campaign = await tables.Campaigns.GetEntityIfExistsAsync(step.CampaignId, CampaignTables.CampaignRowKey, cancellationToken: cancellationToken);
        if (campaign is null || CampaignRow.StatusOf(campaign) is CampaignStatus.Cancelled or CampaignStatus.Completed or CampaignStatus.Draft)
        {
            invocation.Log.Write("Campaign missing, not started or over: nothing to plan.");
            return;
        }
        var definition = CampaignRow.Definition(campaign);
        // Never plan an unknown list as empty: a list that cannot be read now is retried (and ends in the poison queue).
        if (await recipients.FindListAsync(definition.RecipientListId, cancellationToken) is null)
            throw new InvalidOperationException($"Recipient list {definition.RecipientListId} cannot be read.");
        var page = await recipients.ReadPageAsync(definition.RecipientListId, step.Continuation, settings.PageSize, cancellationToken);
        var origin = Later(definition.Window.StartAt, campaign.GetDateTimeOffset("StartedAt") ?? clock.Now);
        var groups = PlanGroups(step, definition, page.Recipients, origin);
        await Parallel.ForEachAsync(groups, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (group, token) => await WriteAsync(step.CampaignId, group, token));

        if (page.Continuation is not null)
        {
            var next = step with { Page = step.Page + 1, Continuation = page.Continuation, Sequence = step.Sequence + page.Recipients.Count };
            await tables.Plan.SendMessageAsync(next.ToJson(), cancellationToken: cancellationToken);
        }
        else
        {
            await tables.Campaigns.UpdateEntityAsync(new TableEntity(step.CampaignId, CampaignTables.CampaignRowKey)
            {
                [CampaignRow.PlanningDone] = true,
                [CampaignRow.Recipients] = step.Sequence + page.Recipients.Count,
                ["PlannedAt"] = clock.Now,
            }, ETag.All, TableUpdateMode.Merge, cancellationToken);
        }
        invocation.Log.Write($"Planned page {step.Page}: {page.Recipients.Count} recipients in {groups.Count} groups.");
    }

    private sealed record PlannedGroup(string Partition, string Group, string? Channel, DateTimeOffset? Due, List<TableEntity> Items);

    /// <summary>Groups of one shard, channel and zone, at most a batch each; skipped recipients in groups of their own.</summary>
    private List<PlannedGroup> PlanGroups(PlanStep step, CampaignDefinition definition, IReadOnlyList<CampaignRecipient> page, DateTimeOffset origin)
    {
        var buckets = new Dictionary<(int Shard, string? Channel, string Zone), List<TableEntity>>();
        for (var i = 0; i < page.Count; i++)
        {
            var recipient = page[i];
            var sequence = step.Sequence + i;
            var choice = CampaignAudience.Choose(recipient, definition.Channels);
            var zone = recipient.TimeZoneId is { } id && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var found) ? found.Id : definition.TimeZoneId;
            var item = new TableEntity("", "")
            {
                [CampaignItem.RecipientKey] = recipient.Key,
                [CampaignItem.Channel] = choice.Channel ?? "",
                [CampaignItem.Address] = choice.Address ?? "",
                [CampaignItem.TimeZone] = zone,
                [CampaignItem.Language] = recipient.Language ?? "ru",
                [CampaignItem.Values] = JsonSerializer.Serialize(recipient.Values.ToDictionary(v => v.Key, v => Convert.ToString(v.Value, System.Globalization.CultureInfo.InvariantCulture)), Json),
                [CampaignItem.Status] = choice.SkipReason is null ? CampaignItemStatus.Pending : CampaignItemStatus.Skipped,
                ["Sequence"] = sequence,
            };
            if (choice.SkipReason is { } reason) item[CampaignItem.Reason] = reason;
            var key = ((int)(sequence % CampaignTables.Shards), choice.Channel, choice.Channel is null ? "" : zone);
            if (!buckets.TryGetValue(key, out var bucket)) buckets[key] = bucket = [];
            bucket.Add(item);
        }

        var groups = new List<PlannedGroup>();
        var throttled = new Dictionary<string, long>(step.Sent, StringComparer.Ordinal);
        foreach (var ((shard, channel, zone), items) in buckets.OrderBy(b => b.Key.Shard).ThenBy(b => b.Key.Channel).ThenBy(b => b.Key.Zone, StringComparer.Ordinal))
        {
            var size = channel is null ? 100 : settings.Batch;
            foreach (var chunk in items.Chunk(size))
            {
                var group = $"{step.Page:D6}{groups.Count:D4}";
                var partition = CampaignTables.ItemPartition(step.CampaignId, shard);
                DateTimeOffset? due = null;
                if (channel is not null)
                {
                    var before = throttled.GetValueOrDefault(channel);
                    throttled[channel] = before + chunk.Length;
                    var slot = origin + definition.RateOf(channel).BatchOffset(before, 1);
                    due = definition.Window.SendTime(slot, TimeZoneInfo.FindSystemTimeZoneById(zone));
                }
                foreach (var item in chunk)
                {
                    item.PartitionKey = partition;
                    item.RowKey = CampaignItem.RowKey(group, item.GetInt64("Sequence")!.Value);
                    if (channel is null) continue;
                    if (due is { } at) item["DueAt"] = at;
                    else
                    {
                        item[CampaignItem.Status] = CampaignItemStatus.Skipped;
                        item[CampaignItem.Reason] = SkipReasons.OutsideWindow;
                    }
                }
                groups.Add(new PlannedGroup(partition, group, due is null ? null : channel, due, [.. chunk]));
            }
        }
        step.Sent.Clear();
        foreach (var (channel, count) in throttled) step.Sent[channel] = count;
        return groups;
    }

    private async Task WriteAsync(string campaignId, PlannedGroup group, CancellationToken cancellationToken)
    {
        try
        {
            await tables.Items.SubmitTransactionAsync(group.Items.Select(i => new TableTransactionAction(TableTransactionActionType.Add, i)).ToList(), cancellationToken);
            await tables.Campaigns.AddEntityAsync(GroupSummary.Of(campaignId, group.Partition, group.Group, group.Items), cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // An earlier delivery of this step wrote the group (and maybe sent some of it): leave its items, queue it again below,
            // and write its summary if that delivery stopped before it (a summary already there is newer: keep it).
            await AddSummaryOnceAsync(campaignId, group, cancellationToken);
        }
        if (group.Due is { } due)
        {
            var batch = new DispatchBatch(campaignId, group.Partition, group.Group, due);
            await tables.Dispatch.SendMessageAsync(batch.ToJson(), settings.Hop(due - clock.Now), cancellationToken: cancellationToken);
        }
    }

    private async Task AddSummaryOnceAsync(string campaignId, PlannedGroup group, CancellationToken cancellationToken)
    {
        try
        {
            await tables.Campaigns.AddEntityAsync(GroupSummary.Of(campaignId, group.Partition, group.Group, group.Items), cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Written before.
        }
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
