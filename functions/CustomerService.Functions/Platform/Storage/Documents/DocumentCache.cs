using System.Collections.Concurrent;

namespace CustomerService.Functions.Platform.Storage.Documents;

/// <summary>
/// Reads kept in memory for <see cref="DocumentStoreOptions.CacheDuration"/> (by the app's
/// <see cref="TimeProvider"/>): one entry per document (absence included) and one per kind's list.
/// A write through this process replaces its document's entry and drops the kind's list.
/// </summary>
internal sealed class DocumentCache(TimeProvider time, TimeSpan duration)
{
    private readonly ConcurrentDictionary<(string Kind, string Id), Entry<CurrentRow?>> _documents = new();
    private readonly ConcurrentDictionary<string, Entry<IReadOnlyList<CurrentRow>>> _lists = new(StringComparer.Ordinal);

    public bool TryGet(string kind, string id, out CurrentRow? row)
    {
        row = null;
        if (!_documents.TryGetValue((kind, id), out var entry) || entry.Expires <= time.GetUtcNow()) return false;
        row = entry.Value;
        return true;
    }

    public bool TryList(string kind, out IReadOnlyList<CurrentRow> rows)
    {
        rows = [];
        if (!_lists.TryGetValue(kind, out var entry) || entry.Expires <= time.GetUtcNow()) return false;
        rows = entry.Value;
        return true;
    }

    public void Set(string kind, string id, CurrentRow? row) => _documents[(kind, id)] = new(row, time.GetUtcNow() + duration);

    public void SetList(string kind, IReadOnlyList<CurrentRow> rows)
    {
        _lists[kind] = new(rows, time.GetUtcNow() + duration);
        foreach (var row in rows) Set(kind, row.Revision.Id, row);
    }

    /// <summary>After a write: the written version is current here at once.</summary>
    public void Written(string kind, string id, CurrentRow row)
    {
        Set(kind, id, row);
        _lists.TryRemove(kind, out _);
    }

    /// <summary>After a failed write the stored state is unknown: read it again next time.</summary>
    public void Forget(string kind, string id)
    {
        _documents.TryRemove((kind, id), out _);
        _lists.TryRemove(kind, out _);
    }

    private sealed record Entry<T>(T Value, DateTimeOffset Expires);
}
