using CustomerService.Functions.Platform.OpenApi;

namespace CustomerService.Functions.Features.Informing.DeliveryReports;

/// <summary>The delivery-report webhook in /api/openapi.json.</summary>
public static class DeliveryReportsApiDocs
{
    public static IReadOnlyList<ApiOperationDoc> All() =>
    [
        new("POST", "/api" + DeliveryReportEndpoint.Route, "Отчёты ACS о доставке SMS и e-mail (Event Grid) / ACS delivery reports via Event Grid")
        {
            Tag = "Informing",
            Description = "Webhook of an Event Grid subscription on the ACS resource (Event Grid schema): answers the "
                + "subscription-validation handshake with `validationResponse`; applies `Microsoft.Communication.SMSDeliveryReportReceived` "
                + "and `Microsoft.Communication.EmailDeliveryReportReceived` to the delivery records. Needs the shared secret "
                + "(`?secret=` or `X-Delivery-Report-Secret`) and, in Azure, the function key. See docs/informing.md.",
            Parameters = [new ApiParameterDoc(DeliveryReportEndpoint.SecretHeader, "header", "The shared secret, when not given as ?secret=.")],
            Requests =
            [
                ApiBodyDoc.Json("""
                [{"id":"7d5f0e53-9a1e-4a0c-9f2f-2f4b8f0c6a11","topic":"/subscriptions/…/resourceGroups/…/providers/Microsoft.Communication/CommunicationServices/acs","subject":"/phonenumber/79131234567","eventType":"Microsoft.Communication.SMSDeliveryReportReceived","eventTime":"2026-12-07T10:00:05Z","dataVersion":"1.0","metadataVersion":"1","data":{"messageId":"Outgoing_20261207100000_0c8a","from":"+70000000001","to":"+79131234567","deliveryStatus":"Delivered","deliveryStatusDetails":"No error.","receivedTimestamp":"2026-12-07T10:00:04Z","tag":"…"}}]
                """),
            ],
            Responses = [new ApiResponseDoc(200, "Applied (`{\"applied\": n}`), or the handshake answer (`{\"validationResponse\": code}`).")],
            Problems = [400, 401],
        },
    ];
}
