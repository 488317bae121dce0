namespace CustomerService.Functions.Platform.Storage;

/// <summary>
/// Group commit for a storage write on the request path: callers that arrive while a commit is in
/// flight wait and then share the next one, so throughput is not capped at one round trip per
/// caller, and an idle instance still commits at once. The commit gets every waiting caller and must
/// answer each (<see cref="Waiting.Result"/>); whatever it leaves unanswered, or a failure it throws,
/// is answered with that failure. A caller that gives up stops waiting; the commit serves the rest.
/// </summary>
public sealed class GroupCommit<TItem, TResult>(Func<IReadOnlyList<GroupCommit<TItem, TResult>.Waiting>, Task> commit)
{
    private readonly Lock _lock = new();
    private List<Waiting> _pending = [];
    private bool _draining;

    public sealed class Waiting(TItem item)
    {
        public TItem Item { get; } = item;
        public TaskCompletionSource<TResult> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    public Task<TResult> SubmitAsync(TItem item, CancellationToken cancellationToken)
    {
        var waiting = new Waiting(item);
        bool start;
        lock (_lock)
        {
            _pending.Add(waiting);
            start = !_draining;
            _draining = true;
        }
        // The drain serves every waiting caller, so it must not stop when one caller gives up.
        if (start) _ = Task.Run(DrainAsync, CancellationToken.None);
        return waiting.Result.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Commits for everyone waiting, batch after batch, until nobody waits.</summary>
    private async Task DrainAsync()
    {
        while (true)
        {
            List<Waiting> batch;
            lock (_lock)
            {
                if (_pending.Count == 0)
                {
                    _draining = false;
                    return;
                }
                (batch, _pending) = (_pending, []);
            }
            try
            {
                await commit(batch);
                foreach (var waiting in batch) waiting.Result.TrySetException(new InvalidOperationException("The group commit did not answer this caller."));
            }
            catch (Exception e)
            {
                foreach (var waiting in batch) waiting.Result.TrySetException(e);
            }
        }
    }
}
