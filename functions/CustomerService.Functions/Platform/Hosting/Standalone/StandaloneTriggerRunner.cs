using CustomerService.Functions.Platform.Hosting.Catalogue;
using CustomerService.Functions.Platform.Hosting.Invocation;
using CustomerService.Functions.Platform.Storage;
using CustomerService.Functions.Platform.Storage.Queues;
using Microsoft.Extensions.Options;

namespace CustomerService.Functions.Platform.Hosting.Standalone;

/// <summary>
/// Standalone mode only: runs every catalogued queue and timer function in-process, as the
/// Functions host would. On stop it stops taking messages at once, lets running invocations
/// finish until the host's shutdown timeout, then cancels them; an unfinished message is never
/// deleted — it is made visible again (or reappears when its lease ends).
/// </summary>
internal sealed class StandaloneTriggerRunner(
    FunctionCatalogue catalogue,
    IServiceProvider services,
    IOptions<QueueTriggerOptions> queueOptions,
    FunctionInvoker invoker,
    TimeProvider time,
    ILogger<StandaloneTriggerRunner> logger) : IHostedService
{
    // After the shutdown timeout, how long cancelled handlers get to hand their messages back.
    private static readonly TimeSpan AbortGrace = TimeSpan.FromSeconds(5);

    private readonly CancellationTokenSource _stopReceiving = new();
    private readonly CancellationTokenSource _abortInvocations = new();
    private Task _running = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var options = queueOptions.Value; // a bad host.json stops start-up here, not later
        // Listener set-up (clients, first polls) runs on the pool so it never delays the web server.
        _running = Task.Run(() => RunListenersAsync(options), CancellationToken.None);
        return Task.CompletedTask;
    }

    private Task RunListenersAsync(QueueTriggerOptions options)
    {
        var listeners = catalogue.TimerFunctions
            .Select(f => Run(f.Name, new TimerListener(f, invoker, time, logger).RunAsync))
            .ToList();
        if (catalogue.QueueFunctions.Count > 0 && RawQueues() is { } queues)
        {
            listeners.AddRange(catalogue.QueueFunctions.Select(f =>
                Run(f.Name, new QueueListener(f, queues, options, invoker, time, logger).RunAsync)));
        }
        logger.LogInformation("Standalone triggers started: {QueueCount} queue and {TimerCount} timer functions",
            catalogue.QueueFunctions.Count, catalogue.TimerFunctions.Count);
        return Task.WhenAll(listeners);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopReceiving.CancelAsync();
        try
        {
            await _running.WaitAsync(cancellationToken);
            return;
        }
        catch (OperationCanceledException)
        {
            logger.LogWarning("Shutdown timeout reached with invocations still running; cancelling them");
        }
        await _abortInvocations.CancelAsync();
        try
        {
            await _running.WaitAsync(AbortGrace, CancellationToken.None);
        }
        catch (TimeoutException)
        {
            // A handler ignored cancellation; its message reappears when its lease ends.
            logger.LogError("Invocations ignored cancellation; their messages reappear when their leases end");
        }
    }

    private Task Run(string functionName, Func<CancellationToken, CancellationToken, Task> listen) =>
        Task.Run(async () =>
        {
            try
            {
                await listen(_stopReceiving.Token, _abortInvocations.Token);
            }
            catch (Exception e)
            {
                // A listener must never take the app down; say loudly that this trigger stopped.
                logger.LogError(e, "Trigger of {FunctionName} stopped", functionName);
            }
        }, CancellationToken.None);

    /// <summary>
    /// A queue service that leaves message text as stored: the listener decodes it itself, so
    /// an undecodable message can be reported and copied to poison byte for byte.
    /// </summary>
    private QueueServiceClient? RawQueues()
    {
        try
        {
            var connection = services.GetRequiredService<StorageConnection>();
            return new QueueServiceClient(connection, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None });
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException)
        {
            logger.LogError("Queue triggers are not running: storage is not configured ({Error})", e.Message);
            return null;
        }
    }
}
