using Azure;
using CustomerService.Functions.Platform.Hosting.Catalogue;
using CustomerService.Functions.Platform.Hosting.Invocation;
using CustomerService.Functions.Platform.Storage.Queues;

namespace CustomerService.Functions.Platform.Hosting.Standalone;

/// <summary>
/// The standalone queue trigger of one function, with the host's semantics (research A4):
/// batches of <c>batchSize</c>, a new batch when in-flight invocations drop to
/// <c>newBatchThreshold</c>, back-off polling when empty, failed messages retried after
/// <c>visibilityTimeout</c>, and after <c>maxDequeueCount</c> attempts (or when undecodable)
/// moved with their original text to <c>&lt;queue&gt;-poison</c>. A message is deleted only after
/// its handler succeeded or it was copied to poison.
/// </summary>
internal sealed class QueueListener(
    QueueFunctionDefinition function,
    QueueServiceClient rawQueues,
    QueueTriggerOptions options,
    FunctionInvoker invoker,
    TimeProvider time,
    ILogger logger)
{
    private readonly QueueClient _queue = rawQueues.GetQueueClient(function.QueueName);
    private readonly QueueClient _poison = rawQueues.GetQueueClient(function.PoisonQueueName);
    private readonly List<Task> _inFlight = [];
    private bool _queueReady;

    /// <summary>
    /// Polls until <paramref name="stopReceiving"/> fires, then waits for in-flight invocations.
    /// <paramref name="abortInvocations"/> cancels the handlers themselves (shutdown timeout).
    /// </summary>
    public async Task RunAsync(CancellationToken stopReceiving, CancellationToken abortInvocations)
    {
        var backoff = new PollingBackoff(options.MaxPollingInterval);
        while (!stopReceiving.IsCancellationRequested)
        {
            if (!await WaitForCapacityAsync(stopReceiving)) break;
            var messages = await ReceiveAsync(stopReceiving);
            if (messages is null || messages.Count == 0)
            {
                if (!await DelayAsync(backoff.NextDelay(), stopReceiving)) break;
                continue;
            }
            backoff.Reset();
            if (stopReceiving.IsCancellationRequested)
            {
                // Taken just as we were told to stop: hand them straight back, untouched.
                await Task.WhenAll(messages.Select(ReleaseAsync));
                break;
            }
            lock (_inFlight) _inFlight.AddRange(messages.Select(m => Task.Run(() => ProcessAsync(m, abortInvocations), CancellationToken.None)));
        }
        Task[] remaining;
        lock (_inFlight) remaining = [.. _inFlight];
        await Task.WhenAll(remaining);
    }

    private async Task<bool> WaitForCapacityAsync(CancellationToken stopReceiving)
    {
        while (true)
        {
            Task[] running;
            lock (_inFlight)
            {
                _inFlight.RemoveAll(t => t.IsCompleted);
                if (_inFlight.Count <= options.NewBatchThreshold) return true;
                running = [.. _inFlight];
            }
            try
            {
                await Task.WhenAny(running).WaitAsync(stopReceiving);
            }
            catch (OperationCanceledException)
            {
                return false;
            }
        }
    }

    private async Task<IReadOnlyList<QueueMessage>?> ReceiveAsync(CancellationToken stopReceiving)
    {
        try
        {
            if (!_queueReady) _queueReady = await CreateQueueAsync(stopReceiving);
            // Never cancel a receive in flight: the service may already have hidden the messages for
            // a whole lease. The caller checks for stop afterwards and hands them back at once.
            return await _queue.ReceiveMessagesAsync(Math.Min(options.BatchSize, QueueClient.MaxMessagesPerReceive), options.MessageLease, CancellationToken.None);
        }
        catch (OperationCanceledException) when (stopReceiving.IsCancellationRequested)
        {
            return null; // queue creation cut short by stop
        }
        catch (RequestFailedException e)
        {
            logger.LogWarning("Polling queue {Queue} for {FunctionName} failed: {Status} {ErrorCode}", _queue.Name, function.Name, e.Status, e.ErrorCode);
            return null;
        }
        catch (Exception e)
        {
            // Keep polling (with back-off) whatever went wrong: the trigger must outlive a bad moment.
            logger.LogError(e, "Polling queue {Queue} for {FunctionName} failed", _queue.Name, function.Name);
            return null;
        }
    }

    private async Task<bool> CreateQueueAsync(CancellationToken cancellationToken)
    {
        await _queue.CreateIfNotExistsAsync(cancellationToken);
        return true;
    }

    private async Task ProcessAsync(QueueMessage message, CancellationToken abortInvocations)
    {
        try
        {
            if (message.DequeueCount > options.MaxDequeueCount)
            {
                // Already tried often enough (a previous process died mid-invocation).
                await MoveToPoisonAsync(message, message.PopReceipt, "dequeue count exceeded");
                return;
            }
            if (!TryDecode(message, out var text))
            {
                await MoveToPoisonAsync(message, message.PopReceipt, $"not {options.MessageEncoding} encoded");
                return;
            }
            var invocation = new QueueInvocation(function.Name, Guid.NewGuid().ToString(), text, message.MessageId, message.PopReceipt,
                message.DequeueCount, message.InsertionTime, message.ExpirationTime, message.NextVisibleTime, Retry: null);
            var lease = new MessageLease(_queue, message, options.MessageLease, time, logger);
            InvocationResult result;
            try
            {
                result = await invoker.InvokeAsync(function, invocation, abortInvocations);
            }
            finally
            {
                await lease.DisposeAsync();
            }
            foreach (var line in invocation.Log.Lines) logger.LogInformation("{FunctionName}: {Line}", function.Name, line);
            await SettleAsync(message, lease.PopReceipt, result);
        }
        catch (Exception e)
        {
            // Storage trouble while settling. Nothing is lost: the message reappears when its
            // lease ends and is tried again. Catch-all because this is the top of a work item.
            logger.LogWarning(e, "Settling message {MessageId} of {Queue} failed", message.MessageId, _queue.Name);
        }
    }

    private async Task SettleAsync(QueueMessage message, string popReceipt, InvocationResult result)
    {
        switch (result.Status)
        {
            case InvocationStatus.Succeeded:
                await _queue.DeleteMessageAsync(message.MessageId, popReceipt, CancellationToken.None);
                break;
            case InvocationStatus.Cancelled:
                // Shutdown interrupted it: make it visible again now rather than after the lease.
                await _queue.UpdateMessageAsync(message.MessageId, popReceipt, TimeSpan.Zero, cancellationToken: CancellationToken.None);
                break;
            case InvocationStatus.Failed when message.DequeueCount >= options.MaxDequeueCount:
                await MoveToPoisonAsync(message, popReceipt, $"failed {message.DequeueCount} times");
                break;
            case InvocationStatus.Failed:
                await _queue.UpdateMessageAsync(message.MessageId, popReceipt, options.VisibilityTimeout, cancellationToken: CancellationToken.None);
                break;
        }
    }

    private bool TryDecode(QueueMessage message, out string text)
    {
        try
        {
            text = QueueText.Decode(message.RawText, options.MessageEncoding);
            return true;
        }
        catch (FormatException)
        {
            text = string.Empty;
            return false;
        }
    }

    /// <summary>Copy first, delete second: a crash in between duplicates the message but never loses it.</summary>
    private async Task MoveToPoisonAsync(QueueMessage message, string popReceipt, string reason)
    {
        await _poison.CreateIfNotExistsAsync(CancellationToken.None);
        await _poison.SendMessageAsync(message.RawText, cancellationToken: CancellationToken.None);
        await _queue.DeleteMessageAsync(message.MessageId, popReceipt, CancellationToken.None);
        logger.LogWarning("Message {MessageId} of {Queue} moved to {PoisonQueue}: {Reason}", message.MessageId, _queue.Name, _poison.Name, reason);
    }

    private async Task ReleaseAsync(QueueMessage message)
    {
        try
        {
            await _queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, TimeSpan.Zero, cancellationToken: CancellationToken.None);
        }
        catch (RequestFailedException e)
        {
            logger.LogWarning("Releasing message {MessageId} of {Queue} failed ({Status}); it reappears when its lease ends", message.MessageId, _queue.Name, e.Status);
        }
    }

    private async Task<bool> DelayAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, time, cancellationToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
