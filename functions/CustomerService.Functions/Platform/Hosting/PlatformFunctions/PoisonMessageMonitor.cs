using Azure;
using CustomerService.Functions.Platform.Hosting.Catalogue;
using CustomerService.Functions.Platform.Hosting.Invocation;
using CustomerService.Functions.Platform.Storage.Queues;

namespace CustomerService.Functions.Platform.Hosting.PlatformFunctions;

/// <summary>
/// Every five minutes, counts the messages in each queue function's <c>-poison</c> queue and
/// logs them (a warning when any are there), so a message that kept failing is noticed rather
/// than left to expire after seven days. Counts only: message text may hold personal data.
/// </summary>
public sealed class PoisonMessageMonitor(FunctionCatalogue catalogue, QueueServiceClient queues, ILogger<PoisonMessageMonitor> logger) : ITimerFunction
{
    public const string FunctionName = "PoisonMessageMonitor";
    public const string Schedule = "0 */5 * * * *";

    public async Task RunAsync(TimerInvocation invocation, CancellationToken cancellationToken)
    {
        var total = 0;
        foreach (var function in catalogue.QueueFunctions)
        {
            var count = await CountAsync(function.PoisonQueueName, cancellationToken);
            if (count == 0) continue;
            total += count;
            logger.LogWarning("Poison queue {PoisonQueue} of {FunctionName} holds about {Count} messages", function.PoisonQueueName, function.Name, count);
            invocation.Log.Write($"{function.PoisonQueueName}: {count}");
        }
        if (total == 0) invocation.Log.Write("No poison messages.");
    }

    private async Task<int> CountAsync(string queueName, CancellationToken cancellationToken)
    {
        try
        {
            return await queues.GetQueueClient(queueName).GetApproximateMessageCountAsync(cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return 0; // created on the first poison message only
        }
    }
}
