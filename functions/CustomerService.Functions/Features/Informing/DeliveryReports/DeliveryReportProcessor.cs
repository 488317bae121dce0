using CustomerService.Functions.Features.Informing.Delivery;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Informing.DeliveryReports;

/// <summary>
/// Applies delivery reports to delivery records and outbox rows. A report must name a message we
/// sent <b>and</b> the recipient we sent it to; otherwise it is refused (a forged or foreign
/// report changes nothing). Every report of a batch is matched before any is applied.
/// </summary>
public sealed class DeliveryReportProcessor(DeliveryTables tables, DeliveryStore store, TimeProvider time, Campaigns.Execution.CampaignDeliveryReports? campaigns = null)
{
    /// <summary>The records the reports refer to, or the index of the first report that matches none.</summary>
    public async Task<(IReadOnlyList<TableEntity> Records, int? Unmatched)> MatchAsync(IReadOnlyList<DeliveryReport> reports, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken);
        var records = new List<TableEntity>();
        for (var i = 0; i < reports.Count; i++)
        {
            var record = await FindAsync(reports[i], cancellationToken);
            if (record is null) return (records, i);
            records.Add(record);
        }
        return (records, null);
    }

    public async Task ApplyAsync(DeliveryReport report, TableEntity record, CancellationToken cancellationToken)
    {
        if (!report.IsFinal) return;
        var state = report.IsDelivered ? DeliveryRecord.Delivered : DeliveryRecord.Failed;
        var changes = new Dictionary<string, object>
        {
            [DeliveryRecord.State] = state, [DeliveryRecord.DeliveryStatus] = report.Status,
            [DeliveryRecord.ReportedAt] = report.At ?? time.GetUtcNow(),
        };
        if (report.Details is { } details) changes[DeliveryRecord.DeliveryDetails] = details;
        if (await store.AdvanceAsync(record, changes, cancellationToken))
        {
            await store.AdvanceOutboxAsync(record.GetString(DeliveryRecord.OutboxDay)!, record.PartitionKey, OutboxStates.ForRecord(state),
                report.IsDelivered ? null : $"Не доставлено: {report.Status}.", cancellationToken);
            if (campaigns is not null) await campaigns.ApplyAsync(record, state, cancellationToken);
        }
    }

    private async Task<TableEntity?> FindAsync(DeliveryReport report, CancellationToken cancellationToken)
    {
        // SMS reports echo our tag (the record's keys): that finds a record even before its ACS id is recorded.
        var record = DeliveryTag.Parse(report.Tag) is var (messageId, recipientKey)
            ? await store.GetAsync(messageId, recipientKey, cancellationToken)
            : await store.FindByAcsIdAsync(report.MessageId, cancellationToken);
        return record is not null && Matches(report, record) ? record : null;
    }

    private static bool Matches(DeliveryReport report, TableEntity record) =>
        record.GetString(DeliveryRecord.Channel) == report.Channel
        && string.Equals(record.GetString(DeliveryRecord.To), report.Recipient.Trim(), StringComparison.OrdinalIgnoreCase)
        && (record.GetString(DeliveryRecord.AcsMessageId) ?? IdempotencyIdOf(record, report.Channel)) is var known
        && (known is null || known == report.MessageId);

    /// <summary>For e-mail our idempotency id is the operation id ACS reports; for SMS it is unknown until acceptance is recorded.</summary>
    private static string? IdempotencyIdOf(TableEntity record, string channel) =>
        channel == DeliveryChannels.Email ? record.GetGuid(DeliveryRecord.IdempotencyId)?.ToString("D") : null;
}
