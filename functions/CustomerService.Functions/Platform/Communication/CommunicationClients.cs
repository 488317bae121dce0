using Azure.Identity;
using CustomerService.Functions.Platform.Communication.Email;
using CustomerService.Functions.Platform.Communication.Sms;

namespace CustomerService.Functions.Platform.Communication;

/// <summary>
/// The configured ACS channels: a client and a sender per channel, or null when that channel is
/// not configured (then its messages stay in the local outbox, never silently dropped).
/// </summary>
public sealed record CommunicationClients(SmsClient? Sms, string? SmsSender, EmailClient? Email, string? EmailSender)
{
    public static readonly CommunicationClients None = new(null, null, null, null);

    public bool SmsEnabled => Sms is not null && SmsSender is not null;

    public bool EmailEnabled => Email is not null && EmailSender is not null;

    public static CommunicationClients Create(CommunicationConnection connection, string? smsSender, string? emailSender, CommunicationClientOptions? options = null)
    {
        var pipeline = new CommunicationPipeline(connection, options);
        return new CommunicationClients(new SmsClient(pipeline), Blank(smsSender), new EmailClient(pipeline), Blank(emailSender));
    }

    /// <summary>Reads <see cref="CommunicationSettings"/>; the access key signs requests, without it the managed identity's token does.</summary>
    public static CommunicationClients FromConfiguration(IConfiguration configuration, TimeProvider time)
    {
        if (Blank(configuration[CommunicationSettings.Endpoint]) is not { } endpoint) return None;
        var connection = Blank(configuration[CommunicationSettings.AccessKey]) is { } key
            ? CommunicationConnection.WithKey(new Uri(endpoint), key)
            : CommunicationConnection.WithToken(new Uri(endpoint), new DefaultAzureCredential());
        return Create(connection, configuration[CommunicationSettings.SmsSender], configuration[CommunicationSettings.EmailSender], new CommunicationClientOptions { Time = time });
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
