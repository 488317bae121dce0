using CustomerService.Functions.Features.Informing.Campaigns.Model;
using CustomerService.Functions.Features.Informing.Campaigns.Planning;
using CustomerService.Functions.Features.Informing.Campaigns.Store;
using CustomerService.Functions.Platform.Hosting.Invocation;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Informing.Campaigns.Execution;

/// <summary>
/// Queue <c>campaign-dispatch</c>: sends one group of a campaign. A paused campaign's group looks
/// again later, a cancelled one's pending items are skipped; items whose recipient is in quiet hours
/// wait for their morning, sends ACS could not take now are retried — all within the window, after
/// which what is still pending is skipped as outside the window. Every send goes through
/// <see cref="CampaignSender"/>, so duplicate deliveries of this message never send twice.
/// </summary>
public sealed class CampaignDispatchFunction(
    CampaignTables tables, CampaignSender sender, CampaignRendering rendering, CampaignItems items, CampaignClock clock, CampaignSettings settings) : IQueueFunction
{
    public const string FunctionName = "CampaignDispatch";

    public async Task RunAsync(QueueInvocation invocation, CancellationToken cancellationToken)
    {
        var batch = DispatchBatch.Parse(invocation.MessageText) ?? throw new FormatException("Not a campaign dispatch batch.");
        await tables.EnsureCreatedAsync(cancellationToken);
        var campaign = await tables.Campaigns.GetEntityIfExistsAsync(batch.CampaignId, CampaignTables.CampaignRowKey, cancellationToken: cancellationToken);
        if (campaign is null) return;
        var status = CampaignRow.StatusOf(campaign);
        if (status is CampaignStatus.Completed) return;
        if (status is CampaignStatus.Paused)
        {
            await AgainAsync(batch, settings.PausedRecheck, cancellationToken);
            return;
        }
        var now = clock.Now;
        if (status is CampaignStatus.Running && batch.NotBefore > now)
        {
            await AgainAsync(batch, batch.NotBefore - now, cancellationToken);
            return;
        }
        var definition = CampaignRow.Definition(campaign);
        var group = await items.ReadGroupAsync(batch.Partition, batch.Group, cancellationToken);
        var pending = group.Where(i => i.GetString(CampaignItem.Status) == CampaignItemStatus.Pending).ToList();
        var changes = new Dictionary<TableEntity, Dictionary<string, object>>();
        var next = new NextLook();
        if (status is CampaignStatus.Cancelled) Skip(pending, SkipReasons.Cancelled, changes);
        else await SendAsync(batch.CampaignId, definition, pending, now, changes, next, cancellationToken);

        await items.ApplyAsync(batch.CampaignId, batch.Partition, batch.Group, group, changes, cancellationToken);
        // A retry comes first: items still in quiet hours are deferred again when the group comes back.
        if (next.RetryIn is { } wait) await AgainAsync(batch, wait, cancellationToken);
        else if (next.QuietUntil is { } morning) await AgainAsync(batch with { NotBefore = morning }, morning - now, cancellationToken);
        invocation.Log.Write($"Group {batch.Group}: {changes.Count} items changed{(next.QuietUntil is null && next.RetryIn is null ? "" : ", looks again later")}.");
    }

    /// <summary>
    /// When the group looks again: at the end of a recipient's quiet hours (campaign time), or after
    /// a back-off for sends ACS did not take (real time: ACS's Retry-After is in seconds from now).
    /// </summary>
    private sealed class NextLook
    {
        public DateTimeOffset? QuietUntil { get; set; }
        public TimeSpan? RetryIn { get; set; }
    }

    /// <summary>Sends what may go now; notes in <paramref name="next"/> when to look again for what must wait.</summary>
    private async Task SendAsync(string campaignId, CampaignDefinition definition, List<TableEntity> pending, DateTimeOffset now,
        Dictionary<TableEntity, Dictionary<string, object>> changes, NextLook next, CancellationToken cancellationToken)
    {
        var due = new List<TableEntity>();
        foreach (var item in pending)
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(item.GetString(CampaignItem.TimeZone)!);
            var at = definition.Window.SendTime(now, zone);
            if (at is null) changes[item] = Skipped(SkipReasons.OutsideWindow);
            else if (at > now) next.QuietUntil = Earliest(next.QuietUntil, at.Value);
            else due.Add(item);
        }
        var results = new Dictionary<TableEntity, CampaignSendResult>();
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (item, token) =>
        {
            var message = await rendering.RenderAsync(campaignId, definition, item, token);
            var result = await sender.SendAsync(message, token);
            lock (results) results[item] = result;
        });
        foreach (var (item, result) in results)
        {
            var attempts = (item.GetInt32(CampaignItem.Attempts) ?? 0) + 1;
            switch (result)
            {
                case CampaignSendResult.Sent sent:
                    changes[item] = new() { [CampaignItem.Status] = CampaignItemStatus.Sent, [CampaignItem.SentAt] = clock.Now, [CampaignItem.AcsMessageId] = sent.AcsMessageId, [CampaignItem.Attempts] = attempts };
                    break;
                case CampaignSendResult.Failed failed:
                    changes[item] = new() { [CampaignItem.Status] = CampaignItemStatus.Failed, [CampaignItem.LastError] = Short(failed.Error), [CampaignItem.Attempts] = attempts };
                    break;
                case CampaignSendResult.Later later:
                    changes[item] = new() { [CampaignItem.LastError] = Short(later.Error), [CampaignItem.Attempts] = attempts };
                    var wait = later.RetryAfter is { } after && after > TimeSpan.Zero ? after : settings.RetryDelay;
                    if (now + wait < definition.Window.EndAt) next.RetryIn = next.RetryIn is { } known && known < wait ? known : wait;
                    else changes[item][CampaignItem.Status] = CampaignItemStatus.Failed;
                    break;
            }
        }
    }

    private static void Skip(List<TableEntity> pending, string reason, Dictionary<TableEntity, Dictionary<string, object>> changes)
    {
        foreach (var item in pending) changes[item] = Skipped(reason);
    }

    private static Dictionary<string, object> Skipped(string reason) => new() { [CampaignItem.Status] = CampaignItemStatus.Skipped, [CampaignItem.Reason] = reason };

    private Task AgainAsync(DispatchBatch batch, TimeSpan wait, CancellationToken cancellationToken) =>
        tables.Dispatch.SendMessageAsync(batch.ToJson(), settings.Hop(wait), cancellationToken: cancellationToken);

    private static DateTimeOffset Earliest(DateTimeOffset? a, DateTimeOffset b) => a is { } x && x < b ? x : b;

    private static string Short(string text) => text.Length <= 500 ? text : text[..500];
}
