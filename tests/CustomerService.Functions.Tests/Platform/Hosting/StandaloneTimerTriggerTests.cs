using CustomerService.Functions.Platform.Hosting.Catalogue;
using CustomerService.Functions.Tests.Support;

namespace CustomerService.Functions.Tests.Platform.Hosting;

/// <summary>The standalone timer trigger on a hand-moved clock: no waiting for real schedules.</summary>
public sealed class StandaloneTimerTriggerTests
{
    private static readonly DateTimeOffset Start = new(2030, 1, 1, 12, 0, 0, 500, TimeSpan.Zero);

    private static Task<TestApp> StartAsync(Recorder recorder, ManualTimeProvider time, string schedule, bool runOnStartup = false) =>
        TestApp.StartAsync(new Dictionary<string, string?> { ["AzureWebJobsStorage"] = Azurite.ConnectionString }, builder =>
        {
            builder.Services.AddSingleton<TimeProvider>(time);
            builder.Services.AddSingleton(recorder);
            builder.Services.AddTimerFunction<RecordingTimerFunction>("Recorded", schedule, runOnStartup);
        });

    [Fact]
    public async Task Fires_at_the_scheduled_second()
    {
        var time = new ManualTimeProvider(Start);
        var recorder = new Recorder();
        await using var app = await StartAsync(recorder, time, "0 * * * * *");
        var due = new DateTimeOffset(2030, 1, 1, 12, 1, 0, TimeSpan.Zero);
        Assert.True(await Eventually.TrueAsync(() => time.HasTimerDueAt(due)));
        Assert.Empty(recorder.Timer);

        time.AdvanceTo(due);

        Assert.True(await Eventually.TrueAsync(() => !recorder.Timer.IsEmpty));
        var run = Assert.Single(recorder.Timer);
        Assert.Equal(due, run.ScheduledTime);
        Assert.False(run.IsPastDue);
        Assert.Null(run.ScheduleStatus!.Last);
        Assert.Equal(due.AddMinutes(1), run.ScheduleStatus.Next);

        // And again a minute later, remembering the previous run.
        Assert.True(await Eventually.TrueAsync(() => time.HasTimerDueAt(due.AddMinutes(1))));
        time.AdvanceTo(due.AddMinutes(1));
        Assert.True(await Eventually.TrueAsync(() => recorder.Timer.Count == 2));
        Assert.Equal(due, recorder.Timer.Last().ScheduleStatus!.Last);
    }

    [Fact]
    public async Task Run_on_startup_runs_once_at_start()
    {
        var time = new ManualTimeProvider(Start);
        var recorder = new Recorder();
        await using var app = await StartAsync(recorder, time, "0 0 0 1 1 *", runOnStartup: true);

        Assert.True(await Eventually.TrueAsync(() => !recorder.Timer.IsEmpty));
        var run = Assert.Single(recorder.Timer);
        Assert.Equal(Start, run.ScheduledTime);
        Assert.False(run.IsPastDue);
        Assert.Equal(new DateTimeOffset(2031, 1, 1, 0, 0, 0, TimeSpan.Zero), run.ScheduleStatus!.Next);
    }

    [Fact]
    public async Task Late_run_is_past_due_and_later_occurrences_are_not_replayed()
    {
        var time = new ManualTimeProvider(Start);
        var recorder = new Recorder();
        await using var app = await StartAsync(recorder, time, "0 * * * * *");
        var due = new DateTimeOffset(2030, 1, 1, 12, 1, 0, TimeSpan.Zero);
        Assert.True(await Eventually.TrueAsync(() => time.HasTimerDueAt(due)));

        time.JumpTo(due.AddMinutes(4).AddSeconds(30)); // the machine slept through four occurrences

        Assert.True(await Eventually.TrueAsync(() => time.HasTimerDueAt(due.AddMinutes(5))));
        var run = Assert.Single(recorder.Timer);
        Assert.Equal(due, run.ScheduledTime);
        Assert.True(run.IsPastDue);
    }
}
