using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Informing.Delivery;

/// <summary>
/// Delivers one outbox message, idempotently: the delivery record (with a fresh idempotency id) is
/// written <b>before</b> ACS is called, and every later attempt — a duplicate queue delivery, a
/// retry after a crash between ACS accepting and us recording — reuses that id, so ACS recognises
/// the repeat and the recipient gets one message. Then the record and the outbox row move forward.
/// </summary>
public sealed class MessageDelivery(DeliveryTables tables, DeliveryStore store, AcsSender sender, OutboxDispatch dispatch, TimeProvider time)
{
    /// <summary>Transient failures (429/5xx/timeouts after the client's own retries) tolerated before a message is marked failed.</summary>
    public const int MaxAttempts = 8;

    public async Task<DeliveryOutcome> DeliverAsync(DispatchRequest request, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken);
        var message = await tables.Outbox.GetEntityIfExistsAsync(request.Day, request.MessageId, cancellationToken: cancellationToken);
        if (message is null) return DeliveryOutcome.NoSuchMessage;
        if (message.GetString("State") != OutboxStates.Pending) return DeliveryOutcome.AlreadyDone;
        var channel = message.GetString("Channel");
        if (!dispatch.Carries(channel)) return DeliveryOutcome.StaysInOutbox;
        if (Address(channel!, message.GetString("To")) is not { } address)
        {
            await store.AdvanceOutboxAsync(request.Day, request.MessageId, OutboxStates.Failed, "Нет корректного адреса получателя.", cancellationToken);
            return DeliveryOutcome.Failed;
        }

        var record = await store.AddIntentAsync(DeliveryRecord.NewIntent(request.MessageId, request.Day, channel!, address, time.GetUtcNow()), cancellationToken);
        if (record.GetString(DeliveryRecord.State) is var state && state != DeliveryRecord.Intent)
        {
            await store.AdvanceOutboxAsync(request.Day, request.MessageId, OutboxStates.ForRecord(state!), null, cancellationToken);
            return DeliveryOutcome.AlreadyDone;
        }
        if (channel == DeliveryChannels.Email) await store.IndexAsync(record.GetGuid(DeliveryRecord.IdempotencyId)!.Value.ToString("D"), record, cancellationToken);
        var attempt = await sender.SendAsync(message, record, cancellationToken);
        return await RecordAsync(request, record, attempt, cancellationToken);
    }

    private static string? Address(string channel, string? to) => channel == DeliveryChannels.Sms
        ? SmsNumber.ToE164(to)
        : to is { Length: > 2 } email && email.Contains('@') && !email.Any(char.IsWhiteSpace) ? email.Trim() : null;

    private async Task<DeliveryOutcome> RecordAsync(DispatchRequest request, TableEntity record, SendAttempt attempt, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var attempts = (record.GetInt32(DeliveryRecord.Attempts) ?? 0) + 1;
        if (attempt.Accepted)
        {
            await store.AdvanceAsync(record, new Dictionary<string, object>
            {
                [DeliveryRecord.State] = DeliveryRecord.Accepted, [DeliveryRecord.AcsMessageId] = attempt.AcsMessageId!,
                [DeliveryRecord.AcceptedAt] = now, [DeliveryRecord.Attempts] = attempts,
            }, cancellationToken);
            if (record.GetString(DeliveryRecord.Channel) == DeliveryChannels.Sms) await store.IndexAsync(attempt.AcsMessageId!, record, cancellationToken);
            await store.AdvanceOutboxAsync(request.Day, request.MessageId, OutboxStates.Sent, null, cancellationToken);
            return DeliveryOutcome.Sent;
        }
        if (!attempt.Transient || attempts >= MaxAttempts)
        {
            await store.AdvanceAsync(record, new Dictionary<string, object>
            {
                [DeliveryRecord.State] = DeliveryRecord.Failed, [DeliveryRecord.LastError] = attempt.Error ?? "", [DeliveryRecord.Attempts] = attempts,
            }, cancellationToken);
            await store.AdvanceOutboxAsync(request.Day, request.MessageId, OutboxStates.Failed, "Не удалось отправить сообщение.", cancellationToken);
            return DeliveryOutcome.Failed;
        }
        await store.AdvanceAsync(record, new Dictionary<string, object>
        {
            [DeliveryRecord.State] = DeliveryRecord.Intent, [DeliveryRecord.LastError] = attempt.Error ?? "", [DeliveryRecord.Attempts] = attempts,
        }, cancellationToken);
        throw new DeliveryRetryException($"ACS did not take the message yet (attempt {attempts}): {attempt.Error}", attempt.RetryAfter);
    }
}
