namespace CustomerService.Functions.Platform.Storage.Documents;

/// <summary>
/// An in-memory value built from stored documents, so hot paths (intake, planning) read it without
/// I/O. Older than the refresh interval, it is served while a background load runs; only before the
/// first load does a reader wait for storage. A failed refresh keeps the previous value and tries again
/// after the interval. Another instance's edit shows within the interval plus the document cache.
/// </summary>
public sealed class RefreshingSnapshot<T>
{
    private readonly Func<T, CancellationToken, Task<T>> _load;
    private readonly TimeProvider _time;
    private readonly TimeSpan _interval;
    private readonly ILogger _logger;
    private readonly string _what;
    private readonly Lock _gate = new();
    private volatile Holder _holder;
    private Task<T>? _loading;

    /// <param name="initial">Served before the first load only if storage fails then and again (never silently: the error propagates).</param>
    /// <param name="load">Builds the next value from the previous one (e.g. keeps defaults where nothing is stored).</param>
    public RefreshingSnapshot(T initial, Func<T, CancellationToken, Task<T>> load, TimeProvider time, TimeSpan interval, ILogger logger, string what)
    {
        _load = load;
        _time = time;
        _interval = interval;
        _logger = logger;
        _what = what;
        _holder = new Holder(initial, LoadedAt: null);
    }

    public T Value
    {
        get
        {
            var holder = _holder;
            if (holder.LoadedAt is null) return RefreshAsync().GetAwaiter().GetResult();
            if (_time.GetUtcNow() - holder.LoadedAt >= _interval) _ = RefreshAsync();
            return holder.Value;
        }
    }

    /// <summary>A change written through this instance: serve it from now on.</summary>
    public void Set(T value) => _holder = new Holder(value, _time.GetUtcNow());

    /// <summary>One load at a time; callers arriving meanwhile share it.</summary>
    public Task<T> RefreshAsync()
    {
        lock (_gate)
        {
            if (_loading is { IsCompleted: false } running) return running;
            return _loading = LoadAsync();
        }
    }

    private async Task<T> LoadAsync()
    {
        var previous = _holder;
        try
        {
            var value = await _load(previous.Value, CancellationToken.None).ConfigureAwait(false);
            _holder = new Holder(value, _time.GetUtcNow());
            return value;
        }
        catch (Exception e) when (previous.LoadedAt is not null)
        {
            // Keep serving what we have; try again after the interval rather than on every read.
            _logger.LogWarning(e, "Refreshing {What} failed; the snapshot from {LoadedAt} stays in use", _what, previous.LoadedAt);
            _holder = previous with { LoadedAt = _time.GetUtcNow() };
            return previous.Value;
        }
    }

    private sealed record Holder(T Value, DateTimeOffset? LoadedAt);
}
