using System.Globalization;
using System.Text.Json;
using Azure;
using CustomerService.Functions.Features.Appeals.Applicants;
using CustomerService.Functions.Features.Appeals.Intake;
using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Features.Appeals.Outbox;
using CustomerService.Functions.Features.Appeals.Registration;
using CustomerService.Functions.Features.Appeals.Workflow.FollowUp;
using CustomerService.Functions.Features.Deadlines.Timers;
using CustomerService.Functions.Features.Informing.Delivery;
using CustomerService.Functions.Platform.Security;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Appeals.Workflow;

/// <summary>
/// Runs one staff action on one appeal: one partition query, a pure decision, then one
/// entity-group transaction — the appeal row merged under its ETag (the caller's If-Match when
/// given), the new history event added, the applicant's message added — so the appeal, its history
/// and its message change together or not at all. Then the journal row and the outbox row follow
/// (both rebuilt from the committed state, safe to repeat).
/// </summary>
public sealed class AppealWorkflow(AppealTables tables, JournalProjection journal, TimeProvider time, ApplicantIndex? applicants = null, DeadlineEngine? deadlines = null, OutboxDispatch? dispatch = null)
{
    public delegate WorkflowDecision Decide(AppealFile file, StaffUser user, DateTimeOffset now);

    public async Task<AppealFile?> LoadAsync(string appealId, CancellationToken cancellationToken)
    {
        if (!AppealIds.IsValid(appealId)) return null;
        await tables.EnsureCreatedAsync(cancellationToken);
        var rows = new List<TableEntity>();
        await foreach (var row in tables.Table(AppealTables.Appeals).QueryAsync(TableFilter.PartitionKeyEquals(appealId), cancellationToken: cancellationToken))
            rows.Add(row);
        return AppealFile.From(rows);
    }

    /// <param name="afterCommit">Work outside the partition that must follow a committed step only (e.g. the FAQ entry); safe to repeat.</param>
    public async Task<IResult> ExecuteAsync(HttpContext context, string appealId, Decide decide, CancellationToken cancellationToken,
        Func<AppealFile, WorkflowChange, CancellationToken, Task>? afterCommit = null)
    {
        var user = context.GetStaffUser()!;
        var file = await LoadAsync(appealId, cancellationToken);
        if (file is null) return WorkflowProblems.NotFound();
        var ifMatch = IfMatch(context);
        if (ifMatch is { } expected && expected != file.Appeal.ETag) return WorkflowProblems.Changed(callerIfMatch: true);

        var now = time.GetUtcNow();
        var decision = decide(file, user, now);
        if (decision.Change is not { } change) return decision.Problem!;

        var (appeal, history, messages) = Build(file, change, user, now);
        // Before the transaction, like registration's event: the follow-up below then happens even if
        // this process stops right after committing (a step that does not commit leaves no message to send).
        await tables.StepQueue.SendMessageAsync(new WorkflowStepEvent(appealId, [.. messages.Select(m => m.RowKey)]).Serialize(),
            WorkflowStepFunction.Delay, cancellationToken: cancellationToken);
        try
        {
            List<TableTransactionAction> actions =
            [
                new(TableTransactionActionType.UpdateMerge, appeal, ifMatch ?? file.Appeal.ETag),
                new(TableTransactionActionType.Add, history),
            ];
            actions.AddRange(messages.Select(message => new TableTransactionAction(TableTransactionActionType.Add, message)));
            var results = await tables.Table(AppealTables.Appeals).SubmitTransactionAsync(actions, cancellationToken);
            appeal.ETag = results[0].ETag ?? default;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return WorkflowProblems.Changed(callerIfMatch: ifMatch is not null);
        }

        var committed = Merge(file.Appeal, appeal);
        await FollowUpAsync(committed, messages, cancellationToken);
        if (afterCommit is not null) await afterCommit(file, change, cancellationToken);
        context.Response.Headers.ETag = committed.ETag.ToString();
        return TypedResults.Json(new WorkflowStepResult(appealId, committed.GetString("Status")!, change.Event, committed.ETag.ToString(), history.RowKey), AppealRegistrar.Json);
    }

    private static (TableEntity Appeal, TableEntity History, List<TableEntity> Messages) Build(AppealFile file, WorkflowChange change, StaffUser user, DateTimeOffset now)
    {
        var revision = (file.Appeal.GetInt64("Revision") ?? 0) + 1;
        var appeal = new TableEntity(file.AppealId, AppealTables.AppealRowKey(file.AppealId)) { ["Revision"] = revision, ["UpdatedAt"] = now };
        foreach (var (name, value) in change.AppealUpdates) appeal[name] = value;
        if (change.NewStatus is { } status) appeal["Status"] = WireEnum<AppealStatus>.Name(status);

        // Ticks order the history; the suffix keeps two events of the same tick apart.
        var history = new TableEntity(file.AppealId, $"{AppealFile.HistoryPrefix}{now.UtcTicks:D19}-{Guid.NewGuid():N}"[..40])
        {
            ["Event"] = change.Event,
            ["At"] = now,
            ["Actor"] = "staff:" + user.Id,
            ["ActorName"] = user.DisplayName,
            ["Channel"] = change.Channel,
            ["Revision"] = revision,
        };
        if (change.NewStatus is { } newStatus) history["Status"] = WireEnum<AppealStatus>.Name(newStatus);
        foreach (var (name, value) in change.Details) history[name] = value;

        var messages = new List<TableEntity>();
        foreach (var (property, m) in new[] { ("Message", change.Message), ("Notice", change.Notice) })
        {
            if (m is null) continue;
            var message = MessageRow(file, m, now);
            history[property] = message.RowKey;
            messages.Add(message);
        }
        return (appeal, history, messages);
    }

    private static TableEntity MessageRow(AppealFile file, ApplicantMessage m, DateTimeOffset now)
    {
        var message = new TableEntity(file.AppealId, $"{AppealFile.MessagePrefix}{m.Name}")
        {
            ["Channel"] = m.Channel, ["Language"] = m.Language, ["Subject"] = m.Subject, ["Body"] = m.Body,
            ["StatusPath"] = StatusPath(file.Appeal), ["CreatedAt"] = now,
        };
        if (m.To is not null) message["To"] = m.To;
        return message;
    }

    private static TableEntity Merge(TableEntity before, TableEntity update)
    {
        var merged = new TableEntity(before.PartitionKey, before.RowKey) { ETag = update.ETag };
        foreach (var (name, value) in before) merged[name] = value;
        foreach (var (name, value) in update) merged[name] = value;
        return merged;
    }

    /// <summary>The status link given at registration (the stored registration answer holds it).</summary>
    public static string StatusPath(TableEntity appeal) =>
        appeal.GetString("Response") is { } json && JsonSerializer.Deserialize<RegistrationResult>(json, AppealRegistrar.Json) is { } result
            ? result.StatusUrl
            : "";

    /// <summary>
    /// What follows a committed step outside the appeal's partition, rebuilt from the committed rows
    /// and safe to repeat (<see cref="WorkflowStepFunction"/> repeats it): the journal row, the
    /// applicant index, the messages' outbox copies, the deadlines. Returns how many copies were missing.
    /// </summary>
    public async Task<int> FollowUpAsync(TableEntity committed, IReadOnlyList<TableEntity> messages, CancellationToken cancellationToken)
    {
        await journal.UpdateAsync(committed, cancellationToken);
        if (applicants is not null) await applicants.UpdateAsync(committed, cancellationToken); // answered: the repeated-question ground can find it
        var added = 0;
        foreach (var message in messages)
            if (await AddOutboxOnceAsync(OutboxRow.From(committed, message), cancellationToken)) added++;
        if (deadlines is not null) await deadlines.TrySyncAsync(committed.PartitionKey, cancellationToken);
        return added;
    }

    /// <summary>The outbox copy, queued for sending when this call wrote it (message names are unique per appeal).</summary>
    private async Task<bool> AddOutboxOnceAsync(TableEntity row, CancellationToken cancellationToken)
    {
        try
        {
            await tables.Table(AppealTables.Outbox).AddEntityAsync(row, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
        if (dispatch is not null) await dispatch.EnqueueAsync(row, cancellationToken);
        return true;
    }

    private static ETag? IfMatch(HttpContext context) =>
        context.Request.Headers.IfMatch.ToString() is { Length: > 0 } value ? new ETag(value) : null;

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <param name="EventId">The history event's row key.</param>
public sealed record WorkflowStepResult(string AppealId, string Status, string Event, string Etag, string EventId);
