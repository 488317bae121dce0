using Azure;
using CustomerService.Functions.Platform.Storage.Queues;

namespace CustomerService.Functions.Platform.Hosting.Standalone;

/// <summary>
/// Keeps a taken message hidden while its invocation runs: every half lease it pushes the
/// visibility out again, and each renewal yields the pop receipt the final delete or update needs.
/// </summary>
internal sealed class MessageLease : IAsyncDisposable
{
    private readonly QueueClient _queue;
    private readonly string _messageId;
    private readonly TimeSpan _duration;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _renewing;
    private string _popReceipt;

    public MessageLease(QueueClient queue, QueueMessage message, TimeSpan duration, TimeProvider time, ILogger logger)
    {
        (_queue, _messageId, _popReceipt, _duration, _time, _logger) = (queue, message.MessageId, message.PopReceipt, duration, time, logger);
        _renewing = RenewAsync(_stop.Token);
    }

    public string PopReceipt
    {
        get { lock (_stop) return _popReceipt; }
    }

    private async Task RenewAsync(CancellationToken stop)
    {
        try
        {
            while (true)
            {
                try
                {
                    await Task.Delay(_duration / 2, _time, stop);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
                // Never cancel a renewal in flight: the service could apply it while we lose the new
                // pop receipt, and then the final delete would fail.
                var receipt = await _queue.UpdateMessageAsync(_messageId, PopReceipt, _duration, cancellationToken: CancellationToken.None);
                lock (_stop) _popReceipt = receipt.PopReceipt;
            }
        }
        catch (RequestFailedException e)
        {
            // The message may now reappear and run twice: handlers are idempotent (at-least-once delivery).
            _logger.LogWarning("Could not renew the lease of message {MessageId} on {Queue}: {Status} {ErrorCode}", _messageId, _queue.Name, e.Status, e.ErrorCode);
        }
    }

    /// <summary>Stops renewing; afterwards <see cref="PopReceipt"/> is final.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _renewing;
        _stop.Dispose();
    }
}
