using Azure;
using CustomerService.Functions.Features.Appeals.Registration;
using CustomerService.Functions.Features.Informing.Delivery;
using CustomerService.Functions.Platform.Hosting.Invocation;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Appeals.Outbox;

/// <summary>
/// Follow-up of a registration (queue <c>appeal-registered</c>): automatic screening (a
/// <c>screening</c> history event and flags on the appeal row), the journal row and the
/// acknowledgement in the outbox. Each insert treats "already there" as done and the flags are a
/// merge of the same values, so redelivery is harmless and never overwrites what later steps
/// changed (e.g. a sent message).
/// </summary>
public sealed class AppealRegisteredFunction(AppealTables tables, TimeProvider time, OutboxDispatch? dispatch = null) : IQueueFunction
{
    public const string FunctionName = "AppealRegistered";

    /// <summary>How long an event may wait for its appeal: longer than any intake request runs (storage retries included).</summary>
    public static readonly TimeSpan GracePeriod = TimeSpan.FromSeconds(90);

    public async Task RunAsync(QueueInvocation invocation, CancellationToken cancellationToken)
    {
        var registered = AppealRegisteredEvent.Parse(invocation.MessageText) ?? throw new FormatException("Not an appeal-registered event.");
        await tables.EnsureCreatedAsync(cancellationToken);
        var rows = new Dictionary<string, TableEntity>(StringComparer.Ordinal);
        await foreach (var row in tables.Table(AppealTables.Appeals).QueryAsync(TableFilter.PartitionKeyEquals(registered.AppealId), cancellationToken: cancellationToken))
            rows[row.RowKey] = row;

        if (!rows.TryGetValue(AppealTables.AppealRowKey, out var appeal))
        {
            if (IsPastGrace(invocation))
            {
                invocation.Log.Write("No appeal for the event after the grace period: the intake failed and the client retried; nothing to do.");
                return;
            }
            throw new InvalidOperationException("The appeal is not written yet; retry later.");
        }
        var journal = JournalRow.From(appeal);
        await ScreenAsync(appeal, journal, cancellationToken);
        await AddOnceAsync(AppealTables.Journal, journal, cancellationToken);
        if (rows.TryGetValue(AppealTables.AcknowledgementRowKey, out var message))
            await AddOnceAsync(AppealTables.Outbox, OutboxRow.From(appeal, message), cancellationToken);
        if (message is not null && dispatch is not null) await dispatch.EnqueueAsync(OutboxRow.From(appeal, message), cancellationToken);
        invocation.Log.Write("Screening, journal row and acknowledgement written.");
    }

    /// <summary>Suggestions only: staff decide. Flags go on the appeal row and the new journal row so staff can filter (threats: security officer).</summary>
    private async Task ScreenAsync(TableEntity appeal, TableEntity journal, CancellationToken cancellationToken)
    {
        if (RegistrationScreening.Screen(appeal) is not { } suggestions) return;
        await AddOnceAsync(AppealTables.Appeals, RegistrationScreening.HistoryEvent(appeal, suggestions, time.GetUtcNow()), cancellationToken);
        if (suggestions.Count == 0) return;
        var flags = RegistrationScreening.AppealFlags(appeal, suggestions);
        await tables.Table(AppealTables.Appeals).UpdateEntityAsync(flags, ETag.All, TableUpdateMode.Merge, cancellationToken);
        journal[RegistrationScreening.GroundsProperty] = flags[RegistrationScreening.GroundsProperty];
        journal[RegistrationScreening.SecurityOfficerProperty] = flags[RegistrationScreening.SecurityOfficerProperty];
    }

    private bool IsPastGrace(QueueInvocation invocation) => invocation.InsertionTime is { } inserted
        ? time.GetUtcNow() - inserted > GracePeriod
        : invocation.DequeueCount >= 3;

    private async Task AddOnceAsync(string table, TableEntity entity, CancellationToken cancellationToken)
    {
        try
        {
            await tables.Table(table).AddEntityAsync(entity, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Written by an earlier delivery.
        }
    }
}
