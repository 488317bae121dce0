using CustomerService.Functions.Platform.Hosting.Invocation;

namespace CustomerService.Functions.Features.Informing.Delivery;

/// <summary>
/// Queue <c>outbox-dispatch</c>: delivers one outbox message. Throttling and service faults throw
/// (the queue redelivers after its visibility timeout; the record keeps the idempotency id), so
/// duplicates and retries never send twice.
/// </summary>
public sealed class OutboxDispatchFunction(MessageDelivery delivery) : IQueueFunction
{
    public const string FunctionName = "OutboxDispatch";

    public async Task RunAsync(QueueInvocation invocation, CancellationToken cancellationToken)
    {
        var request = DispatchRequest.Parse(invocation.MessageText);
        if (request is null)
        {
            invocation.Log.Write("Not an outbox-dispatch message; dropped.");
            return;
        }
        var outcome = await delivery.DeliverAsync(request, cancellationToken);
        invocation.Log.Write($"Outbox message delivery: {outcome}.");
    }
}
