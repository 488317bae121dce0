using CustomerService.Functions.Platform.Configuration;

namespace CustomerService.Functions.Features.Informing;

/// <summary>App settings of informing (docs/informing.md); the ACS ones are in <c>Platform/Communication/CommunicationSettings</c>.</summary>
public static class InformingSettings
{
    [AppSetting("Public base URL of the app (e.g. https://cs.example.ru) put in front of relative status links in SMS and e-mail texts. Unset: links are sent as written.", Optional = true)]
    public const string PublicBaseUrl = "Informing:PublicBaseUrl";

    [AppSetting("Shared secret Event Grid sends (query ?secret=…) with delivery reports; at least 32 characters. Unset: delivery reports are refused (401).", Optional = true)]
    public const string DeliveryReportSecret = "Informing:DeliveryReportSecret";
}
