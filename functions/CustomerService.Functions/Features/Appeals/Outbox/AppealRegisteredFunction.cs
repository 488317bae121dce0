using Azure;
using CustomerService.Functions.Features.Appeals.Registration;
using CustomerService.Functions.Features.Deadlines.Timers;
using CustomerService.Functions.Features.Informing.Delivery;
using CustomerService.Functions.Platform.Hosting.Invocation;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Appeals.Outbox;

/// <summary>
/// Follow-up of registrations (queue <c>appeal-registered</c>; one message lists the appeals
/// registered at about the same moment): per appeal, automatic screening (a <c>screening</c>
/// history event and flags on the appeal row), the journal row and the acknowledgement in the
/// outbox. Each insert treats "already there" as done and the flags are a merge of the same values,
/// so redelivery is harmless and never overwrites what later steps changed (e.g. a sent message) —
/// which is also why one appeal that is not written yet can fail the whole message: the retry
/// finds the others done.
/// </summary>
public sealed class AppealRegisteredFunction(AppealTables tables, TimeProvider time, RegistrationScreeningFacts? screeningFacts = null, DeadlineEngine? deadlines = null, OutboxDispatch? dispatch = null) : IQueueFunction
{
    public const string FunctionName = "AppealRegistered";

    /// <summary>How long an event may wait for its appeal: longer than any intake request runs (storage retries included).</summary>
    public static readonly TimeSpan GracePeriod = TimeSpan.FromSeconds(90);

    /// <summary>Appeals of one message followed up at a time: enough to overlap storage round trips, few enough to leave the cores to intake.</summary>
    private const int Parallelism = 4;

    public async Task RunAsync(QueueInvocation invocation, CancellationToken cancellationToken)
    {
        var registered = AppealRegisteredEvent.Parse(invocation.MessageText) ?? throw new FormatException("Not an appeal-registered event.");
        await tables.EnsureCreatedAsync(cancellationToken);
        var failures = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        await Parallel.ForEachAsync(registered.AppealIds, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken }, async (appealId, ct) =>
        {
            try
            {
                await FollowUpAsync(appealId, invocation, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failures.Enqueue(e);
            }
        });
        if (failures.IsEmpty) return;
        // One failure keeps its own type (callers and tests see e.g. "not written yet"); several are summed up.
        if (failures.Count == 1) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failures.Single());
        throw new InvalidOperationException($"{failures.Count} of {registered.AppealIds.Count} appeals were not followed up; retry later.", new AggregateException(failures));
    }

    /// <summary>The follow-up of one appeal: every step idempotent, so a redelivered message repeats nothing.</summary>
    public async Task FollowUpAsync(string appealId, QueueInvocation invocation, CancellationToken cancellationToken)
    {
        var (appeal, message) = await ReadAsync(appealId, cancellationToken);
        if (appeal is null && SettleDelay(invocation) is { } settle)
        {
            // The intake sends the event before its transaction: a young event may arrive first.
            // Waiting here briefly beats failing the message, which would wait out its visibility timeout.
            await Task.Delay(settle, time, cancellationToken);
            (appeal, message) = await ReadAsync(appealId, cancellationToken);
        }
        if (appeal is null)
        {
            if (IsPastGrace(invocation))
            {
                invocation.Log.Write("No appeal for the event after the grace period: the intake failed and the client retried; nothing to do.");
                return;
            }
            throw new InvalidOperationException("The appeal is not written yet; retry later.");
        }
        var journal = JournalRow.From(appeal);
        var facts = screeningFacts is null ? null : await screeningFacts.GatherAsync(appeal, cancellationToken);
        await ScreenAsync(appeal, journal, facts, cancellationToken);
        await AddOnceAsync(AppealTables.Journal, journal, cancellationToken);
        if (message is not null)
            await AddOnceAsync(AppealTables.Outbox, OutboxRow.From(appeal, message), cancellationToken);
        if (deadlines is not null) await deadlines.SyncAsync(appealId, cancellationToken);
        if (message is not null && dispatch is not null) await dispatch.EnqueueAsync(OutboxRow.From(appeal, message), cancellationToken);
        invocation.Log.Write("Screening, journal row and acknowledgement written.");
    }

    /// <summary>Suggestions only: staff decide. Flags go on the appeal row and the new journal row so staff can filter (threats: security officer).</summary>
    private async Task ScreenAsync(TableEntity appeal, TableEntity journal, RegistrationScreeningFacts.Facts? facts, CancellationToken cancellationToken)
    {
        if (RegistrationScreening.Screen(appeal, facts) is not { } suggestions) return;
        await AddOnceAsync(AppealTables.Appeals, RegistrationScreening.HistoryEvent(appeal, suggestions, time.GetUtcNow()), cancellationToken);
        if (suggestions.Count == 0) return;
        var flags = RegistrationScreening.AppealFlags(appeal, suggestions);
        await tables.Table(AppealTables.Appeals).UpdateEntityAsync(flags, ETag.All, TableUpdateMode.Merge, cancellationToken);
        journal[RegistrationScreening.GroundsProperty] = flags[RegistrationScreening.GroundsProperty];
        journal[RegistrationScreening.SecurityOfficerProperty] = flags[RegistrationScreening.SecurityOfficerProperty];
    }

    /// <summary>The appeal row and its acknowledgement: two point reads, not a partition query, which Azurite answers by scanning the whole table.</summary>
    private async Task<(TableEntity? Appeal, TableEntity? Message)> ReadAsync(string appealId, CancellationToken cancellationToken)
    {
        var appeals = tables.Table(AppealTables.Appeals);
        var appeal = appeals.GetEntityIfExistsAsync(appealId, AppealTables.AppealRowKey(appealId), cancellationToken: cancellationToken);
        var message = appeals.GetEntityIfExistsAsync(appealId, AppealTables.AcknowledgementRowKey(appealId), cancellationToken: cancellationToken);
        await Task.WhenAll(appeal, message);
        return (await appeal, await message);
    }

    /// <summary>How long an appeal's transaction normally follows its event (intake: event, then one transaction).</summary>
    private static readonly TimeSpan SettleTime = TimeSpan.FromSeconds(2);

    /// <summary>The rest of <see cref="SettleTime"/> for an event younger than that; null for an older one.</summary>
    private TimeSpan? SettleDelay(QueueInvocation invocation)
    {
        if (invocation.InsertionTime is not { } inserted) return null;
        var age = time.GetUtcNow() - inserted;
        return age < SettleTime ? SettleTime - (age < TimeSpan.Zero ? TimeSpan.Zero : age) : null;
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
