namespace CustomerService.Functions.Platform.Storage;

/// <summary>
/// Creates a feature's tables and queues once per process: the first caller creates, concurrent
/// callers wait for it, later callers pay only a flag check. A failed attempt is not remembered,
/// so the next caller tries again (storage may have been unreachable for a moment).
/// </summary>
public sealed class CreateOnce
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _done;

    public Task RunAsync(Func<CancellationToken, Task> create, CancellationToken cancellationToken) =>
        _done ? Task.CompletedTask : RunFirstAsync(create, cancellationToken);

    private async Task RunFirstAsync(Func<CancellationToken, Task> create, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_done) return;
            await create(cancellationToken);
            _done = true;
        }
        finally
        {
            _gate.Release();
        }
    }
}
