using Azure.Core;

namespace CustomerService.Functions.Platform.Communication.Email;

/// <summary>
/// ACS e-mail send (<c>POST /emails:send</c> → 202 + <c>Operation-Location</c>) and operation
/// polling (<c>GET /emails/operations/{id}</c>), research B2. The caller chooses the operation id
/// and sends it as <c>Operation-Id</c>, keeps it in its delivery record, and reuses it on every
/// retry, so a repeated send is recognised instead of mailing twice.
/// </summary>
public sealed class EmailClient(CommunicationPipeline pipeline)
{
    public async Task<EmailSendOperation> StartSendAsync(EmailMessage email, Guid operationId, CancellationToken cancellationToken = default)
    {
        Validate(email);
        using var message = pipeline.CreateMessage(RequestMethod.Post, $"/emails:send?api-version={ApiVersion}");
        message.Request.Headers.SetValue("Operation-Id", operationId.ToString("D"));
        message.Request.Headers.SetValue("x-ms-client-request-id", operationId.ToString("D"));
        CommunicationPipeline.SetJsonBody(message, new SendBody(
            email.SenderAddress,
            new ContentBody(email.Subject, email.PlainText, email.Html),
            new RecipientsBody(email.To.Select(a => new AddressBody(a.Address, a.DisplayName)).ToList())));
        try
        {
            var response = await pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
            var body = CommunicationPipeline.Read<StatusBody>(response);
            return new EmailSendOperation(body.Id ?? operationId.ToString("D"), ParseStatus(body.Status), pipeline.RetryAfter(response));
        }
        catch (CommunicationException e) when (e.Status == 409)
        {
            // The service may answer a repeated Operation-Id with a conflict instead of the first answer:
            // the operation exists (an earlier attempt of ours was accepted), so report its state.
            var (result, retryAfter) = await PollAsync(operationId.ToString("D"), cancellationToken).ConfigureAwait(false);
            return new EmailSendOperation(result.Id, result.Status, retryAfter);
        }
    }

    public async Task<EmailSendResult> GetStatusAsync(string operationId, CancellationToken cancellationToken = default)
    {
        var (result, _) = await PollAsync(operationId, cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>Polls until the operation ends, waiting what <c>retry-after</c> asks (or the options' interval) between looks.</summary>
    public async Task<EmailSendResult> WaitForCompletionAsync(EmailSendOperation operation, CancellationToken cancellationToken = default)
    {
        if (IsTerminal(operation.Status)) return new EmailSendResult(operation.Id, operation.Status, null, null);
        var wait = operation.RetryAfter;
        while (true)
        {
            await Task.Delay(wait ?? pipeline.Options.EmailPollInterval, pipeline.Options.Time, cancellationToken).ConfigureAwait(false);
            var (result, retryAfter) = await PollAsync(operation.Id, cancellationToken).ConfigureAwait(false);
            if (IsTerminal(result.Status)) return result;
            wait = retryAfter;
        }
    }

    public static bool IsTerminal(EmailSendStatus status) => status is EmailSendStatus.Succeeded or EmailSendStatus.Failed or EmailSendStatus.Canceled;

    private async Task<(EmailSendResult Result, TimeSpan? RetryAfter)> PollAsync(string operationId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(operationId);
        using var message = pipeline.CreateMessage(RequestMethod.Get, $"/emails/operations/{Uri.EscapeDataString(operationId)}?api-version={ApiVersion}");
        var response = await pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        var body = CommunicationPipeline.Read<StatusBody>(response);
        return (new EmailSendResult(body.Id ?? operationId, ParseStatus(body.Status), body.Error?.Code, body.Error?.Message), pipeline.RetryAfter(response));
    }

    private string ApiVersion => Uri.EscapeDataString(pipeline.Options.EmailApiVersion);

    private static EmailSendStatus ParseStatus(string? status) =>
        Enum.TryParse<EmailSendStatus>(status, ignoreCase: true, out var parsed) ? parsed : throw new InvalidOperationException($"Unknown e-mail operation status '{status}'.");

    private static void Validate(EmailMessage email)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email.SenderAddress);
        ArgumentException.ThrowIfNullOrWhiteSpace(email.Subject);
        if (email.PlainText is null && email.Html is null) throw new ArgumentException("An e-mail needs plain text or HTML.", nameof(email));
        if (email.To.Count is 0 or > EmailMessage.MaxRecipients)
            throw new ArgumentException($"An e-mail takes 1–{EmailMessage.MaxRecipients} recipients.", nameof(email));
    }

    private sealed record SendBody(string SenderAddress, ContentBody Content, RecipientsBody Recipients);

    private sealed record ContentBody(string Subject, string? PlainText, string? Html);

    private sealed record RecipientsBody(IReadOnlyList<AddressBody> To);

    private sealed record AddressBody(string Address, string? DisplayName);

    private sealed record StatusBody(string? Id, string? Status, ErrorBody? Error);

    private sealed record ErrorBody(string? Code, string? Message);
}
