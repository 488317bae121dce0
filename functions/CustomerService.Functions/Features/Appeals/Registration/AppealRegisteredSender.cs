namespace CustomerService.Functions.Features.Appeals.Registration;

/// <summary>
/// Sends <c>appeal-registered</c> events with group commit, like <see cref="RegistrationCounter"/>:
/// requests that arrive while a queue put is in flight wait and then share the next put, one message
/// listing all their appeal ids (up to <see cref="AppealRegisteredEvent.MaxAppealIds"/>). So the
/// request path does not pay one queue put per appeal, and an idle instance still sends at once.
/// A request returns only after the message holding its id is stored.
/// </summary>
public sealed class AppealRegisteredSender(AppealTables tables)
{
    private readonly Lock _lock = new();
    private List<Pending> _pending = [];
    private bool _draining;

    public async Task SendAsync(string appealId, CancellationToken cancellationToken)
    {
        var pending = new Pending(appealId);
        bool start;
        lock (_lock)
        {
            _pending.Add(pending);
            start = !_draining;
            _draining = true;
        }
        // The drain serves every waiting request, so it must not stop when one caller gives up.
        if (start) _ = Task.Run(DrainAsync, CancellationToken.None);
        await pending.Sent.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Sends for everyone waiting, one message per <see cref="AppealRegisteredEvent.MaxAppealIds"/> ids, until nobody waits.</summary>
    private async Task DrainAsync()
    {
        while (true)
        {
            List<Pending> batch;
            lock (_lock)
            {
                if (_pending.Count == 0)
                {
                    _draining = false;
                    return;
                }
                (batch, _pending) = (_pending, []);
            }
            await Task.WhenAll(batch.Chunk(AppealRegisteredEvent.MaxAppealIds).Select(SendOneAsync));
        }
    }

    private async Task SendOneAsync(Pending[] group)
    {
        try
        {
            await tables.Queue.SendMessageAsync(AppealRegisteredEvent.Serialize(group.Select(p => p.AppealId).ToList()), cancellationToken: CancellationToken.None);
            foreach (var waiting in group) waiting.Sent.TrySetResult();
        }
        catch (Exception e)
        {
            foreach (var waiting in group) waiting.Sent.TrySetException(e);
        }
    }

    private sealed record Pending(string AppealId)
    {
        public TaskCompletionSource Sent { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
