using CustomerService.Functions.Features.Informing.Delivery;
using CustomerService.Functions.Platform.Communication;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Informing.Campaigns.Execution;

/// <summary>One rendered campaign message to one address; <see cref="MessageId"/> identifies the campaign item.</summary>
public sealed record CampaignMessage(string MessageId, string Channel, string Address, string Subject, string Body);

/// <summary>What became of one send.</summary>
public abstract record CampaignSendResult
{
    public sealed record Sent(string AcsMessageId) : CampaignSendResult;

    public sealed record Failed(string Error) : CampaignSendResult;

    /// <summary>ACS did not take it now (429/5xx/timeout): try again later with the same idempotency id.</summary>
    public sealed record Later(string Error, TimeSpan? RetryAfter) : CampaignSendResult;
}

/// <summary>
/// Sends a campaign message through informing's delivery: the delivery record (partition = the
/// item's message id) is written before ACS is called and reused on every later attempt, so a
/// duplicate queue delivery, a crash after ACS accepted, or a retry after 429/500 carries the same
/// SMS repeatability id or e-mail Operation-Id and the recipient gets one message. Delivery
/// reports find the record by the same keys and update it (and the campaign item).
/// </summary>
public sealed class CampaignSender(DeliveryTables tables, DeliveryStore store, AcsSender sender, CommunicationClients acs, TimeProvider time)
{
    /// <summary>The delivery records' outbox day for campaign messages: no outbox row has it, so delivery leaves the outbox alone.</summary>
    public const string OutboxDay = "campaign";

    public bool Carries(string channel) => channel == DeliveryChannels.Sms ? acs.SmsEnabled : channel == DeliveryChannels.Email && acs.EmailEnabled;

    public async Task<CampaignSendResult> SendAsync(CampaignMessage message, CancellationToken cancellationToken)
    {
        if (!Carries(message.Channel)) return new CampaignSendResult.Failed("ACS не настроен для этого канала.");
        await tables.EnsureCreatedAsync(cancellationToken);
        var record = await store.AddIntentAsync(DeliveryRecord.NewIntent(message.MessageId, OutboxDay, message.Channel, message.Address, time.GetUtcNow()), cancellationToken);
        switch (record.GetString(DeliveryRecord.State))
        {
            case DeliveryRecord.Accepted or DeliveryRecord.Delivered:
                return new CampaignSendResult.Sent(record.GetString(DeliveryRecord.AcsMessageId) ?? "");
            case DeliveryRecord.Failed:
                return new CampaignSendResult.Failed(record.GetString(DeliveryRecord.LastError) ?? "failed");
        }
        if (message.Channel == DeliveryChannels.Email) await store.IndexAsync(record.GetGuid(DeliveryRecord.IdempotencyId)!.Value.ToString("D"), record, cancellationToken);
        var body = new TableEntity(OutboxDay, message.MessageId) { ["Body"] = message.Body, ["Subject"] = message.Subject };
        var attempt = await sender.SendAsync(body, record, cancellationToken);
        return await RecordAsync(record, attempt, cancellationToken);
    }

    private async Task<CampaignSendResult> RecordAsync(TableEntity record, SendAttempt attempt, CancellationToken cancellationToken)
    {
        var attempts = (record.GetInt32(DeliveryRecord.Attempts) ?? 0) + 1;
        if (attempt.Accepted)
        {
            await store.AdvanceAsync(record, new Dictionary<string, object>
            {
                [DeliveryRecord.State] = DeliveryRecord.Accepted, [DeliveryRecord.AcsMessageId] = attempt.AcsMessageId!,
                [DeliveryRecord.AcceptedAt] = time.GetUtcNow(), [DeliveryRecord.Attempts] = attempts,
            }, cancellationToken);
            if (record.GetString(DeliveryRecord.Channel) == DeliveryChannels.Sms) await store.IndexAsync(attempt.AcsMessageId!, record, cancellationToken);
            return new CampaignSendResult.Sent(attempt.AcsMessageId!);
        }
        var state = attempt.Transient ? DeliveryRecord.Intent : DeliveryRecord.Failed;
        await store.AdvanceAsync(record, new Dictionary<string, object>
        {
            [DeliveryRecord.State] = state, [DeliveryRecord.LastError] = attempt.Error ?? "", [DeliveryRecord.Attempts] = attempts,
        }, cancellationToken);
        return attempt.Transient ? new CampaignSendResult.Later(attempt.Error ?? "", attempt.RetryAfter) : new CampaignSendResult.Failed(attempt.Error ?? "");
    }
}
