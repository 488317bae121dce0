using System.Net;
using CustomerService.Functions.Features.Appeals.Outbox;
using CustomerService.Functions.Features.Appeals.Registration;
using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Platform.Hosting.Invocation;
using CustomerService.Functions.Platform.Storage;
using CustomerService.Functions.Platform.Storage.Queues;
using CustomerService.Functions.Platform.Storage.Tables;
using CustomerService.Functions.Tests.Support;
using static CustomerService.Functions.Tests.Features.Appeals.AppealsHost;

namespace CustomerService.Functions.Tests.Features.Appeals;

[Collection(AppealsCollection.Name)]
public sealed class AppealRegisteredFunctionTests
{
    private static readonly StorageConnection Connection = StorageConnection.Parse(Azurite.ConnectionString);
    private readonly AppealTables _tables = new(new TableServiceClient(Connection), new QueueServiceClient(Connection));

    private static QueueInvocation Event(string appealId, DateTimeOffset insertedAt, long dequeueCount = 1) =>
        new("AppealRegistered", Guid.NewGuid().ToString(), AppealRegisteredEvent.Serialize(appealId), "m1", "p1", dequeueCount, insertedAt, null, null, null);

    [Fact]
    public async Task An_event_without_its_appeal_is_retried_within_the_grace_period_and_dropped_after_it()
    {
        var now = new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);
        var function = new AppealRegisteredFunction(_tables, new ManualTimeProvider(now));
        var missing = AppealIds.New();

        await Assert.ThrowsAsync<InvalidOperationException>(() => function.RunAsync(Event(missing, now.AddSeconds(-5)), CancellationToken.None));

        var stale = Event(missing, now - AppealRegisteredFunction.GracePeriod - TimeSpan.FromSeconds(1));
        await function.RunAsync(stale, CancellationToken.None);
        Assert.Contains("nothing to do", string.Join(" ", stale.Log.Lines));
        Assert.False(await HasRowsAsync(AppealTables.Outbox, TableFilter.StartsWith("RowKey", missing)));
    }

    [Fact]
    public async Task Redelivery_writes_nothing_twice_and_never_resets_a_message_already_handled()
    {
        await using var app = await StartAsync("krc-petrozavodsk");
        var registered = await IntakeHttpTests.AssertRegisteredAsync(app, await app.Client.SendAsync(Post("/api/appeals", ValidBody(OrganizationProfiles.Find("krc-petrozavodsk")!))));
        var appealId = IntakeHttpTests.AppealIdOf(registered);
        var function = new AppealRegisteredFunction(_tables, TimeProvider.System);
        await function.RunAsync(Event(appealId, DateTimeOffset.UtcNow), CancellationToken.None);
        var outbox = _tables.Table(AppealTables.Outbox);
        var row = await SingleAsync(outbox, appealId);
        row["State"] = "sent"; // what the informing issue will do
        await outbox.UpdateEntityAsync(row, row.ETag);

        await function.RunAsync(Event(appealId, DateTimeOffset.UtcNow, dequeueCount: 2), CancellationToken.None);

        Assert.Equal("sent", (await SingleAsync(outbox, appealId)).GetString("State"));
        Assert.Equal(HttpStatusCode.OK, (await app.Client.GetAsync(registered.GetProperty("statusUrl").GetString())).StatusCode);
    }

    [Fact]
    public async Task A_message_that_is_not_an_event_fails_so_it_ends_in_poison()
    {
        var function = new AppealRegisteredFunction(_tables, TimeProvider.System);
        var invocation = new QueueInvocation("AppealRegistered", "1", "{\"appealId\":\"../../etc\"}", "m", "p", 1, DateTimeOffset.UtcNow, null, null, null);
        await Assert.ThrowsAsync<FormatException>(() => function.RunAsync(invocation, CancellationToken.None));
    }

    [Fact]
    public async Task A_shared_event_follows_up_every_appeal_it_lists_and_fails_only_for_the_one_not_written_yet()
    {
        await using var app = await StartAsync("krc-petrozavodsk");
        var ids = new List<string>();
        for (var i = 0; i < 2; i++)
            ids.Add(IntakeHttpTests.AppealIdOf(await IntakeHttpTests.AssertRegisteredAsync(app, await app.Client.SendAsync(Post("/api/appeals", ValidBody(OrganizationProfiles.Find("krc-petrozavodsk")!))))));
        var missing = AppealIds.New();
        var function = new AppealRegisteredFunction(_tables, TimeProvider.System);
        var shared = new QueueInvocation("AppealRegistered", "1", AppealRegisteredEvent.Serialize([ids[0], missing, ids[1]]), "m1", "p1", 1, DateTimeOffset.UtcNow, null, null, null);

        await Assert.ThrowsAsync<InvalidOperationException>(() => function.RunAsync(shared, CancellationToken.None));

        foreach (var id in ids) Assert.Equal(id, (await SingleAsync(_tables.Table(AppealTables.Outbox), id)).GetString("AppealId"));
    }

    [Fact]
    public void The_event_reads_the_shared_body_and_the_single_id_body_of_earlier_versions()
    {
        var (a, b) = (AppealIds.New(), AppealIds.New());

        Assert.Equal([a, b], AppealRegisteredEvent.Parse(AppealRegisteredEvent.Serialize([a, b]))!.AppealIds);
        Assert.Equal([a], AppealRegisteredEvent.Parse($"{{\"appealId\":\"{a}\"}}")!.AppealIds);
        Assert.Null(AppealRegisteredEvent.Parse($"{{\"appealIds\":[\"{a}\",\"../x\"]}}"));
        Assert.Null(AppealRegisteredEvent.Parse("{\"appealIds\":[]}"));
    }

    private static async Task<TableEntity> SingleAsync(TableClient outbox, string appealId)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in outbox.QueryAsync(TableFilter.Equal("AppealId", appealId))) rows.Add(row);
        return Assert.Single(rows);
    }

    private async Task<bool> HasRowsAsync(string table, TableFilter filter)
    {
        await _tables.EnsureCreatedAsync(CancellationToken.None);
        await foreach (var _ in _tables.Table(table).QueryAsync(filter)) return true;
        return false;
    }
}
