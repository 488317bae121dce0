using Azure;
using CustomerService.Functions.Platform.Storage.Documents;
using CustomerService.Functions.Platform.Storage.Tables;
using CustomerService.Functions.Tests.Platform.Storage.Tables;
using CustomerService.Functions.Tests.Support;

namespace CustomerService.Functions.Tests.Platform.Storage.Documents;

public sealed class DocumentStoreTests
{
    private sealed record Policy(string Name, int Days, IReadOnlyList<string> Tags);

    private static readonly DateTimeOffset Start = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Every test writes its own kind, so tests sharing the Documents table never see each other.</summary>
    private static string NewKind() => StorageTestAccount.UniqueName("kind");

    private static DocumentStore NewStore(TimeProvider? time = null, RequestCounter? counter = null) =>
        new(new TableServiceClient(StorageTestAccount.Connection, counter?.Options()), time ?? new ManualTimeProvider(Start));

    [Fact]
    public async Task A_document_is_created_read_and_replaced_under_its_etag()
    {
        var store = NewStore();
        var kind = NewKind();
        Assert.Null(await store.GetAsync<Policy>(kind, "p1", CancellationToken.None));

        var created = await store.PutAsync(kind, "p1", new Policy("Жалоба", 14, ["a"]), ifMatch: null, "admin-1", CancellationToken.None);
        var read = await NewStore().GetAsync<Policy>(kind, "p1", CancellationToken.None);
        Assert.NotNull(read);
        Assert.Equal((1, created.ETag, "admin-1", Start), (read.Version, read.ETag, read.ChangedBy, read.ChangedAt));
        Assert.Equal("Жалоба", read.Value.Name);
        Assert.Equal(["a"], read.Value.Tags);

        var replaced = await store.PutAsync(kind, "p1", read.Value with { Days = 30 }, read.ETag, "admin-2", CancellationToken.None);
        Assert.Equal(2, replaced.Version);
        Assert.NotEqual(created.ETag, replaced.ETag);
        Assert.Equal(30, (await NewStore().GetAsync<Policy>(kind, "p1", CancellationToken.None))!.Value.Days);
    }

    [Fact]
    public async Task A_stale_etag_is_a_typed_conflict_and_writes_nothing()
    {
        var store = NewStore();
        var kind = NewKind();
        var first = await store.PutAsync(kind, "p1", new Policy("v1", 1, []), null, "a", CancellationToken.None);
        await store.PutAsync(kind, "p1", new Policy("v2", 2, []), first.ETag, "b", CancellationToken.None);

        var stale = await Assert.ThrowsAsync<DocumentConflictException>(() =>
            store.PutAsync(kind, "p1", new Policy("lost", 3, []), first.ETag, "c", CancellationToken.None));
        Assert.Equal((kind, "p1"), (stale.Kind, stale.Id));
        await Assert.ThrowsAsync<DocumentConflictException>(() =>
            store.PutAsync(kind, "p1", new Policy("again", 3, []), ifMatch: null, "c", CancellationToken.None));
        await Assert.ThrowsAsync<DocumentConflictException>(() =>
            store.PutAsync(kind, "absent", new Policy("x", 3, []), first.ETag, "c", CancellationToken.None));

        var current = await NewStore().GetAsync<Policy>(kind, "p1", CancellationToken.None);
        Assert.Equal(("v2", 2), (current!.Value.Name, current.Version));
        Assert.Equal([2, 1], (await store.HistoryAsync(kind, "p1", CancellationToken.None)).Select(r => r.Version));
        Assert.Null(await store.GetAsync<Policy>(kind, "absent", CancellationToken.None));
    }

    [Fact]
    public async Task Of_two_writers_holding_the_same_etag_exactly_one_wins()
    {
        var kind = NewKind();
        var first = await NewStore().PutAsync(kind, "p1", new Policy("v1", 1, []), null, "a", CancellationToken.None);

        var attempts = await Task.WhenAll(Enumerable.Range(0, 4).Select(async i =>
        {
            try
            {
                await NewStore().PutAsync(kind, "p1", new Policy($"writer {i}", i, []), first.ETag, $"w{i}", CancellationToken.None);
                return true;
            }
            catch (DocumentConflictException)
            {
                return false;
            }
        }));

        Assert.Equal(1, attempts.Count(won => won));
        var history = await NewStore().HistoryAsync(kind, "p1", CancellationToken.None);
        Assert.Equal([2, 1], history.Select(r => r.Version));
        var current = await NewStore().GetAsync<Policy>(kind, "p1", CancellationToken.None);
        Assert.Equal(history[0].ChangedBy, current!.ChangedBy);
    }

    [Fact]
    public async Task History_keeps_every_version_and_one_can_be_restored()
    {
        var store = NewStore();
        var kind = NewKind();
        var v1 = await store.PutAsync(kind, "p1", new Policy("v1", 1, []), null, "a", CancellationToken.None);
        var v2 = await store.PutAsync(kind, "p1", new Policy("v2", 2, []), v1.ETag, "b", CancellationToken.None);
        await store.PutAsync(kind, "p10", new Policy("other id", 9, []), null, "a", CancellationToken.None);

        var history = await store.HistoryAsync(kind, "p1", CancellationToken.None);
        Assert.Equal([(2, "b"), (1, "a")], history.Select(r => (r.Version, r.ChangedBy)));
        var old = await store.RevisionAsync(kind, "p1", 1, CancellationToken.None);
        Assert.Equal("v1", store.Deserialize<Policy>(old!.Json).Name);
        Assert.Null(await store.RevisionAsync(kind, "p1", 3, CancellationToken.None));

        var restored = await store.PutAsync(kind, "p1", store.Deserialize<Policy>(old.Json), v2.ETag, "c", CancellationToken.None);
        Assert.Equal(("v1", 3), (restored.Value.Name, restored.Version));
        Assert.Equal(3, (await store.HistoryAsync(kind, "p1", CancellationToken.None)).Count);
    }

    [Fact]
    public async Task List_returns_the_current_version_of_each_document_of_the_kind()
    {
        var store = NewStore();
        var kind = NewKind();
        var a = await store.PutAsync(kind, "a", new Policy("a1", 1, []), null, "x", CancellationToken.None);
        await store.PutAsync(kind, "a", new Policy("a2", 2, []), a.ETag, "x", CancellationToken.None);
        await store.PutAsync(kind, "b", new Policy("b1", 1, []), null, "x", CancellationToken.None);
        await store.PutAsync(NewKind(), "c", new Policy("elsewhere", 1, []), null, "x", CancellationToken.None);

        var listed = await NewStore().ListAsync<Policy>(kind, CancellationToken.None);
        Assert.Equal([("a", "a2", 2), ("b", "b1", 1)], listed.Select(d => (d.Id, d.Value.Name, d.Version)).OrderBy(x => x.Id));
    }

    [Fact]
    public async Task Reads_are_served_from_memory_until_the_cache_duration_passes()
    {
        var kind = NewKind();
        var time = new ManualTimeProvider(Start);
        var counter = new RequestCounter();
        var reader = NewStore(time, counter);
        var writer = NewStore();
        var v1 = await writer.PutAsync(kind, "p1", new Policy("v1", 1, []), null, "a", CancellationToken.None);

        Assert.Equal("v1", (await reader.GetAsync<Policy>(kind, "p1", CancellationToken.None))!.Value.Name);
        var requests = counter.Count;
        await writer.PutAsync(kind, "p1", new Policy("v2", 2, []), v1.ETag, "b", CancellationToken.None);
        Assert.Equal("v1", (await reader.GetAsync<Policy>(kind, "p1", CancellationToken.None))!.Value.Name);
        Assert.Equal(requests, counter.Count);

        time.AdvanceTo(Start + new DocumentStoreOptions().CacheDuration);
        Assert.Equal("v2", (await reader.GetAsync<Policy>(kind, "p1", CancellationToken.None))!.Value.Name);
    }

    [Fact]
    public async Task A_write_through_the_same_store_is_visible_at_once()
    {
        var store = NewStore();
        var kind = NewKind();
        Assert.Null(await store.GetAsync<Policy>(kind, "p1", CancellationToken.None));
        Assert.Empty(await store.ListAsync<Policy>(kind, CancellationToken.None));

        await store.PutAsync(kind, "p1", new Policy("v1", 1, []), null, "a", CancellationToken.None);
        Assert.Equal("v1", (await store.GetAsync<Policy>(kind, "p1", CancellationToken.None))!.Value.Name);
        Assert.Single(await store.ListAsync<Policy>(kind, CancellationToken.None));
    }

    [Fact]
    public async Task A_document_longer_than_one_table_string_round_trips()
    {
        var store = NewStore();
        var kind = NewKind();
        var tags = Enumerable.Range(0, 9000).Select(i => $"тег-{i}").ToList();
        await store.PutAsync(kind, "big", new Policy("big", 1, tags), null, "a", CancellationToken.None);

        var read = await NewStore().GetAsync<Policy>(kind, "big", CancellationToken.None);
        Assert.Equal(tags, read!.Value.Tags);
        Assert.Equal(tags, NewStore().Deserialize<Policy>((await store.HistoryAsync(kind, "big", CancellationToken.None))[0].Json).Tags);
    }

    [Theory]
    [InlineData("with space")]
    [InlineData("tilde~id")]
    [InlineData("")]
    public async Task Ids_that_would_make_ambiguous_keys_are_refused_before_any_request(string id)
    {
        var counter = new RequestCounter();
        var store = NewStore(counter: counter);
        await Assert.ThrowsAnyAsync<ArgumentException>(() => store.PutAsync(NewKind(), id, new Policy("x", 1, []), null, "a", CancellationToken.None));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => store.GetAsync<Policy>(NewKind(), id, CancellationToken.None));
        Assert.Equal(0, counter.Count);
    }
}
