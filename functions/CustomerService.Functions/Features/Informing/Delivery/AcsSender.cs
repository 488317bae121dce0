using System.Globalization;
using Azure;
using CustomerService.Functions.Platform.Communication;
using CustomerService.Functions.Platform.Communication.Email;
using CustomerService.Functions.Platform.Communication.Sms;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Informing.Delivery;

/// <summary>
/// Sends one outbox message to one recipient through ACS with the record's idempotency id (SMS
/// repeatability id + first-sent time, e-mail <c>Operation-Id</c>) and turns every answer into a
/// <see cref="SendAttempt"/>. Relative status links become absolute with the public base URL.
/// </summary>
public sealed class AcsSender(CommunicationClients acs, IConfiguration configuration)
{
    private readonly string? _publicBaseUrl = configuration[InformingSettings.PublicBaseUrl]?.TrimEnd('/');

    public async Task<SendAttempt> SendAsync(TableEntity message, TableEntity record, CancellationToken cancellationToken)
    {
        try
        {
            return record.GetString(DeliveryRecord.Channel) == DeliveryChannels.Sms
                ? await SendSmsAsync(message, record, cancellationToken)
                : await SendEmailAsync(message, record, cancellationToken);
        }
        catch (CommunicationException e)
        {
            return e.IsTransient ? SendAttempt.Later(e.Message, e.RetryAfter) : SendAttempt.Refused(e.Message);
        }
        catch (Exception e) when (e is AggregateException or RequestFailedException or IOException
                                  || e is OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // Azure.Core gave up on network errors or timeouts: ACS may or may not have it; the same id makes a retry safe.
            return SendAttempt.Later(e.GetType().Name + ": " + e.Message, null);
        }
    }

    private async Task<SendAttempt> SendSmsAsync(TableEntity message, TableEntity record, CancellationToken cancellationToken)
    {
        var text = Text(message);
        if (text.Length > SmsSendRequest.MaxMessageLength) return SendAttempt.Refused($"Text longer than {SmsSendRequest.MaxMessageLength} characters for SMS.");
        var recipient = new SmsRecipient(record.GetString(DeliveryRecord.To)!, record.GetGuid(DeliveryRecord.IdempotencyId)!.Value,
            record.GetDateTimeOffset(DeliveryRecord.FirstSentAt)!.Value);
        var results = await acs.Sms!.SendAsync(new SmsSendRequest(acs.SmsSender!, text, [recipient], EnableDeliveryReport: true,
            Tag: DeliveryTag.For(record)), cancellationToken);
        var result = results.Single();
        if (result.Successful && result.MessageId is { } id) return SendAttempt.Ok(id);
        var error = $"ACS refused the recipient: {result.HttpStatusCode.ToString(CultureInfo.InvariantCulture)} {result.ErrorMessage}".Trim();
        return result.IsTransient ? SendAttempt.Later(error, null) : SendAttempt.Refused(error);
    }

    private async Task<SendAttempt> SendEmailAsync(TableEntity message, TableEntity record, CancellationToken cancellationToken)
    {
        var operationId = record.GetGuid(DeliveryRecord.IdempotencyId)!.Value;
        var email = new EmailMessage(acs.EmailSender!, message.GetString("Subject") ?? "", Text(message), null,
            [new EmailAddress(record.GetString(DeliveryRecord.To)!)]);
        var operation = await acs.Email!.StartSendAsync(email, operationId, cancellationToken);
        return operation.Status is EmailSendStatus.Failed or EmailSendStatus.Canceled
            ? SendAttempt.Refused($"ACS e-mail operation {operation.Status}.")
            : SendAttempt.Ok(operation.Id);
    }

    private string Text(TableEntity message)
    {
        var body = message.GetString("Body") ?? "";
        var path = message.GetString("StatusPath");
        return _publicBaseUrl is null || string.IsNullOrEmpty(path) || !path.StartsWith('/') ? body : body.Replace(path, _publicBaseUrl + path, StringComparison.Ordinal);
    }
}

/// <summary>The channels ACS carries (outbox <c>Channel</c> values); post and the customer portal stay in the outbox.</summary>
public static class DeliveryChannels
{
    public const string Sms = "sms";
    public const string Email = "email";
}

/// <summary>The SMS <c>tag</c> ACS echoes in delivery reports: the record's keys, so a report finds its record even before the index row is written.</summary>
public static class DeliveryTag
{
    private const char Separator = '|';

    public static string For(TableEntity record) => record.PartitionKey + Separator + record.RowKey;

    public static (string MessageId, string RecipientKey)? Parse(string? tag) =>
        tag?.Split(Separator) is [{ Length: > 0 } messageId, { Length: > 0 } recipientKey] ? (messageId, recipientKey) : null;
}
