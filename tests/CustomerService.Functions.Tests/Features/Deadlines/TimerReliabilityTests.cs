using CustomerService.Functions.Features.Appeals.Registration;
using CustomerService.Functions.Features.Deadlines.Planning;
using CustomerService.Functions.Features.Deadlines.Timers;

namespace CustomerService.Functions.Tests.Features.Deadlines;

/// <summary>The timer engine's promises (issue #4 "Done when"), against Azurite.</summary>
public sealed class TimerReliabilityTests
{
    private readonly DeadlineRig _rig = new();

    [Fact]
    public async Task Sync_writes_the_plan_with_a_version_its_index_rows_and_one_timer_per_milestone()
    {
        var registered = DeadlineRig.Now.AddDays(-1);
        var appealId = await _rig.SeedAppealAsync(registered, "dev-executor");

        var record = await _rig.Engine.SyncAsync(appealId, CancellationToken.None);
        var again = await _rig.Engine.SyncAsync(appealId, CancellationToken.None);

        Assert.NotNull(record);
        Assert.Equal(1, record.Version);
        Assert.Equal(registered, record.Due);
        Assert.Equal("dev-executor", record.ExecutorId);
        Assert.Equal(["remind-1", "escalate-head-of-unit", "breach"], record.Milestones.Select(m => m.Id));
        Assert.Equal(1, again!.Version); // nothing changed: no new version, no new timers
        Assert.Equal(3, (await _rig.IndexRowsAsync(appealId)).Count);
        var timers = await _rig.TakeAllAsync();
        Assert.Equal(3, timers.Count);
        Assert.All(timers, t => Assert.Equal(1, t.Version));
    }

    [Fact]
    public async Task Duplicate_timer_deliveries_do_nothing_twice()
    {
        var appealId = await _rig.SeedAppealAsync(DeadlineRig.Now.AddMinutes(-1), "dev-executor");
        await _rig.Engine.SyncAsync(appealId, CancellationToken.None);
        var timers = await _rig.TakeAllAsync();

        // Each timer delivered three times, two of them at once.
        var outcomes = await Task.WhenAll(timers.SelectMany(t => new[] { t, t }).Select(t => _rig.Timers.HandleAsync(t, CancellationToken.None)));
        var late = await Task.WhenAll(timers.Select(t => _rig.Timers.HandleAsync(t, CancellationToken.None)));

        Assert.Equal(3, outcomes.Count(o => o == TimerOutcome.Acted));
        Assert.All(late, o => Assert.Equal(TimerOutcome.Stale, o));
        var notes = await _rig.NotificationsAsync(appealId);
        Assert.Equal(["breach", "escalation", "reminder"], notes.Select(n => n.Kind).Order());
        Assert.Equal("user:dev-executor", notes.Single(n => n.Kind == "reminder").Recipient);
        Assert.All(notes.Where(n => n.Kind != "reminder"), n => Assert.Equal("role:head-of-unit", n.Recipient));
        var record = await _rig.Engine.ReadAsync(appealId, CancellationToken.None);
        Assert.All(record!.Milestones, m => Assert.True(m.IsDone));
        Assert.Equal("head-of-unit", record.EscalatedTo);
        Assert.NotNull(record.BreachedAt);
        Assert.Empty(await _rig.IndexRowsAsync(appealId));
    }

    [Fact]
    public async Task A_deleted_timer_message_is_recovered_by_the_sweep()
    {
        var appealId = await _rig.SeedAppealAsync(DeadlineRig.Now.AddMinutes(-1));
        await _rig.Engine.SyncAsync(appealId, CancellationToken.None);
        Assert.Equal(3, (await _rig.TakeAllAsync()).Count); // lost: never handled

        var sweep = await _rig.Sweep.SweepAsync(CancellationToken.None);
        var outcomes = await _rig.DrainAsync();
        var after = await _rig.Sweep.SweepAsync(CancellationToken.None);

        Assert.Equal(3, sweep.Requeued);
        Assert.Equal(3, outcomes.GetValueOrDefault(TimerOutcome.Acted));
        Assert.Equal(3, (await _rig.NotificationsAsync(appealId)).Count);
        Assert.Equal(0, after.RowsRead);
        Assert.Empty(await _rig.IndexRowsAsync(appealId));
    }

    [Fact]
    public async Task A_crash_between_escalating_and_recording_does_not_escalate_twice()
    {
        var appealId = await _rig.SeedAppealAsync(DeadlineRig.Now.AddMinutes(-1), "dev-executor");
        var record = await _rig.Engine.SyncAsync(appealId, CancellationToken.None);
        var escalation = (await _rig.TakeAllAsync()).Single(t => t.MilestoneId == "escalate-head-of-unit");

        // The first delivery escalated, then the process died before recording the milestone done;
        // the message comes back after its lease.
        await _rig.Actions.ActAsync(record!, record!.Milestone("escalate-head-of-unit")!, CancellationToken.None);
        Assert.False((await _rig.Engine.ReadAsync(appealId, CancellationToken.None))!.Milestone("escalate-head-of-unit")!.IsDone);
        var redelivered = await _rig.Timers.HandleAsync(escalation, CancellationToken.None);

        Assert.Equal(TimerOutcome.Acted, redelivered);
        Assert.Single(await _rig.NotificationsAsync(appealId), n => n.Kind == "escalation");
        Assert.Single(await _rig.NotificationsAsync(appealId));
        var stored = await _rig.Engine.ReadAsync(appealId, CancellationToken.None);
        Assert.True(stored!.Milestone("escalate-head-of-unit")!.IsDone);
        Assert.Equal("head-of-unit", stored.EscalatedTo);
    }

    [Fact]
    public async Task A_deadline_moved_while_its_old_timer_is_in_flight_makes_the_old_timer_a_no_op()
    {
        var appealId = await _rig.SeedAppealAsync(DeadlineRig.Now.AddMinutes(-1), "dev-executor");
        await _rig.Engine.SyncAsync(appealId, CancellationToken.None);
        var inFlight = await _rig.TakeAllAsync();

        await _rig.AddHistoryAsync(appealId, DeadlineRig.Now, DeadlineFactsReader.ExtendedEvent, null,
            new Dictionary<string, object> { ["Days"] = 10L, ["Reason"] = FixedDaysPlanner.Reason });
        var moved = await _rig.Engine.SyncAsync(appealId, CancellationToken.None);
        var outcomes = await Task.WhenAll(inFlight.Select(t => _rig.Timers.HandleAsync(t, CancellationToken.None)));

        Assert.Equal(2, moved!.Version);
        Assert.True(moved.Due > DeadlineRig.Now.AddDays(9));
        Assert.All(outcomes, o => Assert.Equal(TimerOutcome.Stale, o));
        Assert.Empty(await _rig.NotificationsAsync(appealId));
        var index = await _rig.IndexRowsAsync(appealId);
        Assert.Equal(3, index.Count);
        Assert.All(index, row => Assert.Equal(2L, row.GetInt64("Version")));
        // The new version's timers are scheduled for the new date (invisible for days), and hop if early.
        var early = new TimerMessage(appealId, 2, "remind-1", moved.Due, index[0].PartitionKey);
        Assert.Equal(TimerOutcome.Rescheduled, await _rig.Timers.HandleAsync(early, CancellationToken.None));
    }

    [Fact]
    public async Task Waiting_for_the_applicant_pauses_the_timers_and_the_paused_time_is_kept()
    {
        var registered = DeadlineRig.Now.AddMinutes(-30);
        var appealId = await _rig.SeedAppealAsync(registered, "dev-executor");
        await _rig.Engine.SyncAsync(appealId, CancellationToken.None);
        var inFlight = await _rig.TakeAllAsync();
        var askedAt = registered.AddMinutes(5);
        await _rig.AddHistoryAsync(appealId, askedAt, "informationRequested", "awaitingApplicant");

        var paused = await _rig.Engine.SyncAsync(appealId, CancellationToken.None);
        var outcomes = await Task.WhenAll(inFlight.Select(t => _rig.Timers.HandleAsync(t, CancellationToken.None)));
        Assert.Equal(askedAt, paused!.PausedSince);
        Assert.Empty(paused.IndexRows);
        Assert.All(outcomes, o => Assert.Equal(TimerOutcome.Stale, o));
        Assert.Empty(await _rig.TakeAllAsync());

        var answeredAt = askedAt.AddMinutes(20);
        await _rig.AddHistoryAsync(appealId, answeredAt, "assigned", "assigned");
        var resumed = await _rig.Engine.SyncAsync(appealId, CancellationToken.None);
        Assert.Null(resumed!.PausedSince);
        Assert.Equal(20 * 60, resumed.PausedSeconds);
        Assert.Equal(registered.AddMinutes(20), resumed.Due);
        Assert.Equal(3, (await _rig.TakeAllAsync()).Count(t => t.Version == resumed.Version));
    }

    [Fact]
    public async Task An_answered_appeal_closes_its_deadline_and_its_timers_become_no_ops()
    {
        var appealId = await _rig.SeedAppealAsync(DeadlineRig.Now.AddMinutes(-1), "dev-executor");
        await _rig.Engine.SyncAsync(appealId, CancellationToken.None);
        var inFlight = await _rig.TakeAllAsync();
        var answeredAt = DeadlineRig.Now;
        await _rig.Store.Appeals.UpdateEntityAsync(new(appealId, AppealTables.AppealRowKey(appealId)) { ["Status"] = "answerSent", ["AnswerSentAt"] = answeredAt }, Azure.ETag.All);

        var closed = await _rig.Engine.SyncAsync(appealId, CancellationToken.None);
        var outcomes = await Task.WhenAll(inFlight.Select(t => _rig.Timers.HandleAsync(t, CancellationToken.None)));

        Assert.Equal(DeadlineRecord.Answered, closed!.State);
        Assert.Equal(answeredAt, closed.AnsweredAt);
        Assert.False(closed.OnTime);
        Assert.All(outcomes, o => Assert.Equal(TimerOutcome.Stale, o));
        Assert.Empty(await _rig.IndexRowsAsync(appealId));
        Assert.Empty(await _rig.NotificationsAsync(appealId));
    }

    [Fact]
    public async Task An_extension_notice_missing_from_the_extension_goes_to_the_outbox_once_from_its_scenario()
    {
        var (rig, appealId, record, timer) = await ExtendedAsync(noticeSentWithExtension: false);

        await rig.Actions.ActAsync(record, record.Milestones[0], CancellationToken.None);
        Assert.Equal(TimerOutcome.Acted, await rig.Timers.HandleAsync(timer, CancellationToken.None));

        var notice = Assert.Single(await OutboxAsync(rig, appealId));
        Assert.Equal("ivanova@example.ru", notice.GetString("To"));
        Assert.StartsWith("Продление срока рассмотрения обращения №", notice.GetString("Subject"));
        Assert.Contains($"продлён до {record.Due.ToOffset(TimeSpan.FromHours(7)):dd.MM.yyyy}. Причина: выездная проверка.", notice.GetString("Body"));
        Assert.StartsWith("Здравствуйте, Мария!", notice.GetString("Body"));
    }

    [Fact]
    public async Task An_extension_noticed_with_the_extension_is_not_noticed_again_by_its_timer()
    {
        var (rig, appealId, _, timer) = await ExtendedAsync(noticeSentWithExtension: true);

        Assert.Equal(TimerOutcome.Acted, await rig.Timers.HandleAsync(timer, CancellationToken.None));

        Assert.Empty(await OutboxAsync(rig, appealId));
    }

    private static async Task<(DeadlineRig Rig, string AppealId, DeadlineRecord Record, TimerMessage Timer)> ExtendedAsync(bool noticeSentWithExtension)
    {
        var rig = new DeadlineRig(new FixedDaysPlanner { Milestones = [("notify-extension-1", TimeSpan.Zero, MilestoneAction.NotifyApplicant, null)] });
        var appealId = await rig.SeedAppealAsync(DeadlineRig.Now.AddDays(-40));
        var details = new Dictionary<string, object> { ["Days"] = 5L, ["Reason"] = "field-check" };
        if (noticeSentWithExtension) details["NoticeSentAt"] = DeadlineRig.Now.AddMinutes(-2);
        await rig.AddHistoryAsync(appealId, DeadlineRig.Now.AddMinutes(-2), "deadlineExtended", null, details);
        var record = await rig.Engine.SyncAsync(appealId, CancellationToken.None);
        var timer = Assert.Single(await rig.TakeAllAsync());
        return (rig, appealId, record!, timer);
    }

    private static async Task<List<CustomerService.Functions.Platform.Storage.Tables.TableEntity>> OutboxAsync(DeadlineRig rig, string appealId)
    {
        var rows = new List<CustomerService.Functions.Platform.Storage.Tables.TableEntity>();
        await foreach (var row in rig.Store.Outbox.QueryAsync(CustomerService.Functions.Platform.Storage.Tables.TableFilter.Equal("AppealId", appealId))) rows.Add(row);
        return rows;
    }
}
