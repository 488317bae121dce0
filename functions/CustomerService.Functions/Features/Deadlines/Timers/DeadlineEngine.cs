using Azure;
using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Features.Appeals.Workflow;
using CustomerService.Functions.Features.Deadlines.Planning;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Deadlines.Timers;

/// <summary>
/// Keeps an appeal's deadlines in step with its register row (ARCHITECTURE §4): re-plans from the
/// facts after every committed change and, when the timing changed, writes a new deadline version
/// (ETag-guarded), its due-index rows and its timers. Safe to call any number of times: a call
/// that changes nothing writes nothing.
/// </summary>
public sealed class DeadlineEngine(DeadlineStore store, IDeadlinePlanner planner, TimeProvider time, ILogger<DeadlineEngine> logger)
{
    private const int MaxAttempts = 5;

    public async Task<DeadlineRecord?> SyncAsync(string appealId, CancellationToken cancellationToken)
    {
        await store.EnsureCreatedAsync(cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await SyncOnceAsync(appealId, cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412 && attempt < MaxAttempts)
            {
                // Another sync or a timer recorded a milestone meanwhile: start again from what is stored.
            }
        }
    }

    /// <summary>
    /// For hooks after a committed step whose answer must not turn into a failure: a failed sync is
    /// logged, and the next step (or a retried one) syncs again from the register.
    /// </summary>
    public async Task TrySyncAsync(string appealId, CancellationToken cancellationToken)
    {
        try
        {
            await SyncAsync(appealId, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Deadline sync of appeal {AppealId} failed after a committed step", appealId);
        }
    }

    public Task<DeadlineRecord?> ReadAsync(string appealId, CancellationToken cancellationToken) => store.ReadDeadlineAsync(appealId, cancellationToken);

    private async Task<DeadlineRecord?> SyncOnceAsync(string appealId, CancellationToken cancellationToken)
    {
        if (await store.LoadAppealAsync(appealId, cancellationToken) is not { } file) return null;
        var before = await ReadAsync(appealId, cancellationToken);
        var now = time.GetUtcNow();
        DeadlinePlan plan;
        try
        {
            plan = planner.Plan(DeadlineFactsReader.Read(file, before?.PolicyVersion));
        }
        catch (DeadlinePolicyException e)
        {
            logger.LogWarning("No deadline plan for appeal {AppealId}: {Reason}", appealId, e.Message);
            return before;
        }

        var after = DeadlineRecords.Build(file, plan, before);
        if (before is not null && before.SameTiming(after))
        {
            // Executor, unit or extension count may have changed: the views need them, the timers do not.
            var refreshed = after with { Version = before.Version, IndexRows = before.IndexRows, ETag = before.ETag };
            if (SameDetails(before, refreshed)) return before;
            var etag = await store.Deadlines.UpdateEntityAsync(refreshed.ToEntity(), before.ETag, TableUpdateMode.Replace, cancellationToken);
            return refreshed with { ETag = etag };
        }
        return await CommitVersionAsync(after with { Version = (before?.Version ?? 0) + 1 }, before, now, cancellationToken);
    }

    private static bool SameDetails(DeadlineRecord a, DeadlineRecord b) =>
        a.ExecutorId == b.ExecutorId && a.ExecutorName == b.ExecutorName && a.Unit == b.Unit && a.ExtensionCount == b.ExtensionCount
        && a.RuleId == b.RuleId && a.PausedSeconds == b.PausedSeconds && a.ExtensionNoticeDueBy == b.ExtensionNoticeDueBy;

    /// <summary>
    /// Index rows first, then the register row, then the timers: a crash after the row is written
    /// leaves index rows the sweep finds; a failed row write leaves rows of a version that never
    /// became current, which the timers and the sweep treat as stale.
    /// </summary>
    private async Task<DeadlineRecord> CommitVersionAsync(DeadlineRecord after, DeadlineRecord? before, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var index = after.Pending.Select(m => DueIndex.Row(after.AppealId, after.Version, m, now)).ToList();
        after = after with { IndexRows = index.Select(r => $"{r.PartitionKey}/{r.RowKey}").ToList() };
        foreach (var row in index) await store.DueIndex.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);

        var etag = before is null
            ? await store.Deadlines.AddEntityAsync(after.ToEntity(), cancellationToken)
            : await store.Deadlines.UpdateEntityAsync(after.ToEntity(), before.ETag, TableUpdateMode.Replace, cancellationToken);
        after = after with { ETag = etag };

        foreach (var row in index) await TimerScheduler.ScheduleAsync(store.Timers, DueIndex.Timer(row), now, cancellationToken);
        foreach (var old in before?.IndexRows ?? [])
        {
            var (bucket, rowKey) = (old[..old.IndexOf('/')], old[(old.IndexOf('/') + 1)..]);
            await DueIndex.RemoveAsync(store.DueIndex, bucket, rowKey, cancellationToken);
        }
        logger.LogInformation("Deadline of appeal {AppealId} now version {Version}, due {Due:o}, {Pending} timers", after.AppealId, after.Version, after.Due, index.Count);
        return after;
    }
}

/// <summary>The register row a plan gives, carrying over what the timers recorded on the previous version.</summary>
public static class DeadlineRecords
{
    private static readonly string[] AnsweredStatuses =
        [.. new[] { AppealStatus.AnswerSent, AppealStatus.Closed, AppealStatus.NotConsidered }.Select(Appeals.Intake.WireEnum<AppealStatus>.Name)];

    public static DeadlineRecord Build(AppealFile file, DeadlinePlan plan, DeadlineRecord? before)
    {
        var appeal = file.Appeal;
        var answered = AnsweredStatuses.Contains(appeal.GetString("Status"));
        var pauses = DeadlineFactsReader.Pauses(file);
        var pauseApplies = plan.Explanation.PausesApplied.Count > 0;
        var open = pauses.LastOrDefault(p => p.Until is null);
        return new DeadlineRecord
        {
            AppealId = file.AppealId,
            Organization = appeal.GetString("Organization") ?? "",
            RegistrationNumber = file.RegistrationNumber,
            Kind = appeal.GetString("Kind") ?? "",
            Channel = appeal.GetString("Channel") ?? "",
            ExecutorId = appeal.GetString("AssigneeId"),
            ExecutorName = appeal.GetString("AssigneeName"),
            Unit = appeal.GetString("Unit"),
            Version = before?.Version ?? 0,
            State = answered ? DeadlineRecord.Answered : DeadlineRecord.Open,
            PolicyVersion = plan.PolicyVersion,
            RuleId = plan.RuleId,
            RegisteredAt = appeal.GetDateTimeOffset("RegisteredAt") ?? default,
            ClockStart = plan.ClockStart,
            Due = plan.Due,
            HardLimit = plan.HardLimit,
            ExtensionNoticeDueBy = plan.ExtensionNoticeDueBy,
            Milestones = plan.Milestones.OrderBy(m => m.At).Select(m => MilestoneState.From(m, before?.Milestones ?? [])).ToList(),
            Explanation = plan.Explanation,
            ExtensionCount = DeadlineFactsReader.Extensions(file).Count,
            PausedSince = pauseApplies && !answered ? open?.From : null,
            PausedSeconds = pauseApplies ? (long)pauses.Where(p => p.Until is not null).Sum(p => (p.Until!.Value - p.From).TotalSeconds) : 0,
            IndexRows = before?.IndexRows ?? [],
            EscalatedTo = before?.EscalatedTo,
            EscalatedAt = before?.EscalatedAt,
            BreachedAt = before?.BreachedAt,
            AnsweredAt = answered ? appeal.GetDateTimeOffset("AnswerSentAt") ?? appeal.GetDateTimeOffset("ClosedAt") ?? appeal.GetDateTimeOffset("UpdatedAt") : null,
            ETag = before?.ETag ?? default,
        };
    }
}
