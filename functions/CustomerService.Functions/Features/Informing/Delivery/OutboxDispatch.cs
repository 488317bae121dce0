using CustomerService.Functions.Platform.Communication;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Informing.Delivery;

/// <summary>
/// Hands a freshly written outbox row to delivery (queue <c>outbox-dispatch</c>). Features call it
/// right after writing the row; if that call is lost (a crash in between), the sweep finds the row
/// still pending. Without any ACS channel configured it does nothing: the row stays in the outbox.
/// </summary>
public sealed class OutboxDispatch(DeliveryTables tables, CommunicationClients acs)
{
    public bool Enabled => acs.SmsEnabled || acs.EmailEnabled;

    /// <summary>True when ACS is configured for this outbox channel.</summary>
    public bool Carries(string? channel) => channel switch
    {
        DeliveryChannels.Sms => acs.SmsEnabled,
        DeliveryChannels.Email => acs.EmailEnabled,
        _ => false,
    };

    /// <summary>Queues delivery of a freshly written outbox row; nothing when ACS does not carry its channel (it stays in the outbox).</summary>
    public async Task EnqueueAsync(TableEntity outboxRow, CancellationToken cancellationToken)
    {
        if (outboxRow.GetString("Channel") is { } channel && !Carries(channel)) return;
        await EnqueueAsync(new DispatchRequest(outboxRow.PartitionKey, outboxRow.RowKey), cancellationToken);
    }

    public async Task EnqueueAsync(DispatchRequest request, CancellationToken cancellationToken)
    {
        if (!Enabled) return;
        await tables.EnsureCreatedAsync(cancellationToken);
        await tables.Queue.SendMessageAsync(request.ToJson(), cancellationToken: cancellationToken);
    }
}
