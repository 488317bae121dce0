using CustomerService.Functions.Platform.Storage;

namespace CustomerService.Functions.Features.Appeals.Registration;

/// <summary>
/// Sends <c>appeal-registered</c> events with group commit (<see cref="GroupCommit{TItem, TResult}"/>),
/// like <see cref="RegistrationCounter"/>: requests that arrive while a queue put is in flight wait
/// and then share the next put, one message listing all their appeal ids (up to
/// <see cref="AppealRegisteredEvent.MaxAppealIds"/>). So the request path does not pay one queue put
/// per appeal. A request returns only after the message holding its id is stored.
/// </summary>
public sealed class AppealRegisteredSender
{
    private readonly AppealTables _tables;
    private readonly GroupCommit<string, bool> _commit;

    public AppealRegisteredSender(AppealTables tables)
    {
        _tables = tables;
        _commit = new GroupCommit<string, bool>(batch => Task.WhenAll(batch.Chunk(AppealRegisteredEvent.MaxAppealIds).Select(SendOneAsync)));
    }

    public Task SendAsync(string appealId, CancellationToken cancellationToken) => _commit.SubmitAsync(appealId, cancellationToken);

    private async Task SendOneAsync(GroupCommit<string, bool>.Waiting[] group)
    {
        try
        {
            await _tables.Queue.SendMessageAsync(AppealRegisteredEvent.Serialize(group.Select(w => w.Item).ToList()), cancellationToken: CancellationToken.None);
            foreach (var waiting in group) waiting.Result.TrySetResult(true);
        }
        catch (Exception e)
        {
            foreach (var waiting in group) waiting.Result.TrySetException(e);
        }
    }
}
