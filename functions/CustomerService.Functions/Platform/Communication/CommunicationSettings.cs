using CustomerService.Functions.Platform.Configuration;

namespace CustomerService.Functions.Platform.Communication;

/// <summary>App settings of the ACS clients. Without an endpoint, nothing is sent: messages stay in the local outbox.</summary>
public static class CommunicationSettings
{
    [AppSetting("ACS endpoint (https://<resource>.communication.azure.com) for SMS and e-mail. Unset: messages stay in the local outbox (standalone default).", Optional = true)]
    public const string Endpoint = "Communication:Endpoint";

    [AppSetting("ACS access key for HMAC-SHA256 request signing (secret). Unset with an endpoint: the managed identity's Entra ID token is used.", Optional = true)]
    public const string AccessKey = "Communication:AccessKey";

    [AppSetting("Sender address on the e-mail domain linked to the ACS resource (e.g. DoNotReply@example.ru).", Optional = true)]
    public const string EmailSender = "Communication:EmailSender";

    [AppSetting("SMS sender: an E.164 number or alphanumeric sender id owned by the ACS resource. Unset: SMS messages stay in the local outbox.", Optional = true)]
    public const string SmsSender = "Communication:SmsSender";
}
