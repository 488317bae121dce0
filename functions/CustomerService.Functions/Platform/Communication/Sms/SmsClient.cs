using System.Globalization;
using Azure.Core;

namespace CustomerService.Functions.Platform.Communication.Sms;

/// <summary>
/// ACS SMS send (<c>POST /sms?api-version=…</c>, research B1): 202 with a result per recipient
/// (some may fail while others succeed). Repeatability ids make retries — ours and Azure.Core's —
/// safe: ACS answers a repeated id with the first result instead of sending again.
/// </summary>
public sealed class SmsClient(CommunicationPipeline pipeline)
{
    public async Task<IReadOnlyList<SmsSendResult>> SendAsync(SmsSendRequest request, CancellationToken cancellationToken = default)
    {
        Validate(request);
        using var message = pipeline.CreateMessage(RequestMethod.Post, $"/sms?api-version={Uri.EscapeDataString(pipeline.Options.SmsApiVersion)}");
        CommunicationPipeline.SetJsonBody(message, new SendBody(
            request.From,
            request.Recipients.Select(r => new RecipientBody(r.To, r.RepeatabilityRequestId.ToString("D"),
                r.RepeatabilityFirstSent.UtcDateTime.ToString("r", CultureInfo.InvariantCulture))).ToList(),
            request.Message,
            new OptionsBody(request.EnableDeliveryReport, request.Tag)));
        var response = await pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        return CommunicationPipeline.Read<ResultsBody>(response).Value
            .Select(r => new SmsSendResult(r.To, r.MessageId, r.HttpStatusCode, r.Successful, r.ErrorMessage, r.RepeatabilityResult))
            .ToList();
    }

    private static void Validate(SmsSendRequest request)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(request.From);
        ArgumentNullException.ThrowIfNull(request.Message);
        if (request.Message.Length > SmsSendRequest.MaxMessageLength)
            throw new ArgumentException($"An SMS text is at most {SmsSendRequest.MaxMessageLength} characters.", nameof(request));
        if (request.Recipients.Count is 0 or > SmsSendRequest.MaxRecipients)
            throw new ArgumentException($"An SMS send takes 1–{SmsSendRequest.MaxRecipients} recipients.", nameof(request));
    }

    private sealed record SendBody(string From, IReadOnlyList<RecipientBody> SmsRecipients, string Message, OptionsBody SmsSendOptions);

    private sealed record RecipientBody(string To, string RepeatabilityRequestId, string RepeatabilityFirstSent);

    private sealed record OptionsBody(bool EnableDeliveryReport, string? Tag);

    private sealed record ResultsBody(IReadOnlyList<ResultBody> Value);

    private sealed record ResultBody(string To, string? MessageId, int HttpStatusCode, bool Successful, string? ErrorMessage, string? RepeatabilityResult);
}
