using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Features.Informing.Notices;
using CustomerService.Functions.Features.Appeals.Registration;
using CustomerService.Functions.Features.Deadlines.Planning;
using CustomerService.Functions.Features.Deadlines.Timers;
using CustomerService.Functions.Platform.Storage;
using CustomerService.Functions.Platform.Storage.Queues;
using CustomerService.Functions.Platform.Storage.Tables;
using CustomerService.Functions.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace CustomerService.Functions.Tests.Features.Deadlines;

/// <summary>
/// The timer engine wired by hand against the shared Azurite, with tables and a queue of its own
/// (so parallel test classes never see each other's timers) and the test planner. Timers are
/// taken from the queue by <see cref="DrainAsync"/>, which plays the queue trigger.
/// </summary>
public sealed class DeadlineRig
{
    private static readonly StorageConnection Connection = StorageConnection.Parse(Azurite.ConnectionString);

    public DeadlineRig(IDeadlinePlanner? planner = null, TimeProvider? time = null)
    {
        var id = Guid.NewGuid().ToString("N")[..10];
        var options = new DeadlineOptions
        {
            DeadlinesTable = $"dl{id}Deadlines", DueIndexTable = $"dl{id}Due", NotificationsTable = $"dl{id}Notes",
            TimerQueue = $"dl-{id}-timers", SweepGrace = TimeSpan.Zero,
        };
        Time = time ?? TimeProvider.System;
        Tables = new TableServiceClient(Connection);
        Store = new DeadlineStore(Tables, new QueueServiceClient(Connection), new AppealTables(Tables, new QueueServiceClient(Connection)), Microsoft.Extensions.Options.Options.Create(options));
        Planner = planner ?? new FixedDaysPlanner();
        Engine = new DeadlineEngine(Store, Planner, Time, NullLogger<DeadlineEngine>.Instance);
        Actions = new MilestoneActions(Store, new ApplicantNotices(null, Time, NullLogger<ApplicantNotices>.Instance), OrganizationProfiles.Find);
        Timers = new DeadlineTimerFunction(Store, Actions, Time);
        Sweep = new DeadlineSweep(Store, Time);
    }

    /// <summary>Now, to the second: what the tables store and give back exactly.</summary>
    public static DateTimeOffset Now => new(DateTime.UtcNow.Ticks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, TimeSpan.Zero);

    public TimeProvider Time { get; }
    public TableServiceClient Tables { get; }
    public DeadlineStore Store { get; }
    public IDeadlinePlanner Planner { get; }
    public DeadlineEngine Engine { get; }
    public MilestoneActions Actions { get; }
    public DeadlineTimerFunction Timers { get; }
    public DeadlineSweep Sweep { get; }

    /// <summary>A registered appeal's partition as intake writes it (the fields the engine reads).</summary>
    public async Task<string> SeedAppealAsync(DateTimeOffset registeredAt, string? executorId = null)
    {
        await Store.EnsureCreatedAsync(CancellationToken.None);
        var appealId = AppealIds.New();
        var appeal = new TableEntity(appealId, AppealTables.AppealRowKey(appealId))
        {
            ["Organization"] = OrganizationIds.MupesDivnogorsk, ["RegistrationNumber"] = $"{Random.Shared.Next(1, 99999)}-ФЛ", ["Kind"] = "complaint", ["Channel"] = "webForm",
            ["Status"] = executorId is null ? "registered" : "assigned", ["RegisteredAt"] = registeredAt, ["ApplicantKind"] = "individual",
            ["ReplyChannel"] = "email", ["Email"] = "ivanova@example.ru", ["FirstName"] = "Мария", ["LastName"] = "Иванова", ["Language"] = "ru",
        };
        if (executorId is not null) (appeal["AssigneeId"], appeal["AssigneeName"], appeal["Unit"]) = (executorId, "Исполнитель Петров", "Абонентский отдел");
        await Store.Appeals.AddEntityAsync(appeal);
        await AddHistoryAsync(appealId, registeredAt, "registered", "registered");
        return appealId;
    }

    public Task AddHistoryAsync(string appealId, DateTimeOffset at, string @event, string? status, IDictionary<string, object>? details = null)
    {
        var row = new TableEntity(appealId, $"h-{at.UtcTicks:D19}-{Guid.NewGuid():N}"[..40]) { ["Event"] = @event, ["At"] = at, ["Actor"] = "staff:test" };
        if (status is not null) row["Status"] = status;
        foreach (var (name, value) in details ?? new Dictionary<string, object>()) row[name] = value;
        return Store.Appeals.AddEntityAsync(row);
    }

    /// <summary>Takes every visible timer off the queue without handling it (timers in flight).</summary>
    public async Task<List<TimerMessage>> TakeAllAsync()
    {
        var taken = new List<TimerMessage>();
        while (await Store.Timers.ReceiveMessagesAsync(QueueClient.MaxMessagesPerReceive, TimeSpan.FromMinutes(10)) is { Count: > 0 } batch)
        {
            foreach (var message in batch)
            {
                taken.Add(TimerMessage.Parse(message.MessageText));
                await Store.Timers.DeleteMessageAsync(message.MessageId, message.PopReceipt);
            }
        }
        return taken;
    }

    /// <summary>Plays the queue trigger: <paramref name="workers"/> loops take up to 32 timers, handle them in parallel, delete them; until the queue shows none.</summary>
    /// <param name="handled">When given, gets every handled message: its appeal, outcome and dequeue count (for diagnosing duplicates).</param>
    public async Task<IReadOnlyDictionary<TimerOutcome, int>> DrainAsync(int workers = 4, System.Collections.Concurrent.ConcurrentQueue<(string AppealId, TimerOutcome Outcome, long DequeueCount)>? handled = null)
    {
        var counts = new System.Collections.Concurrent.ConcurrentDictionary<TimerOutcome, int>();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
        {
            while (await Store.Timers.ReceiveMessagesAsync(QueueClient.MaxMessagesPerReceive, TimeSpan.FromMinutes(5)) is { Count: > 0 } batch)
            {
                await Task.WhenAll(batch.Select(async message =>
                {
                    var timer = TimerMessage.Parse(message.MessageText);
                    var outcome = await Timers.HandleAsync(timer, CancellationToken.None);
                    counts.AddOrUpdate(outcome, 1, (_, n) => n + 1);
                    handled?.Enqueue((timer.AppealId, outcome, message.DequeueCount));
                    await Store.Timers.DeleteMessageAsync(message.MessageId, message.PopReceipt);
                }));
            }
        }));
        return counts;
    }

    public async Task<List<StaffNotification>> NotificationsAsync(string appealId)
    {
        var found = new List<StaffNotification>();
        await foreach (var row in Store.Notifications.QueryAsync(TableFilter.Equal("AppealId", appealId))) found.Add(StaffNotification.From(row));
        return found;
    }

    public async Task<List<TableEntity>> IndexRowsAsync(string appealId)
    {
        var found = new List<TableEntity>();
        await foreach (var row in Store.DueIndex.QueryAsync(TableFilter.Equal("AppealId", appealId))) found.Add(row);
        return found;
    }
}
