using static CustomerService.Functions.Features.Informing.Scenarios.Placeholders;
using static CustomerService.Functions.Features.Informing.Scenarios.Shipped.ShippedTexts;

namespace CustomerService.Functions.Features.Informing.Scenarios.Shipped;

/// <summary>Meter-reading receipts: accepted or rejected with the reason.</summary>
public static class ReadingScenarios
{
    public const string Accepted = "readingAccepted";
    public const string Rejected = "readingRejected";

    public static IReadOnlyList<ScenarioDefinition> All { get; } =
    [
        Define(Accepted, "Показание принято", "Квитанция о приёме показания прибора учёта",
            [MeterNumber, Reading, ReadingDate],
            new("Показание {{reading}} по счётчику {{meterNumber}} (л/с {{account}}) принято {{readingDate}}.",
                "Показание принято — лицевой счёт {{account}}",
                RussianGreeting + "Показание {{reading}} прибора учёта № {{meterNumber}} по лицевому счёту {{account}} принято {{readingDate}}." + RussianClosing),
            new("Reading {{reading}} for meter {{meterNumber}} (account {{account}}) accepted on {{readingDate}}.",
                "Reading accepted — account {{account}}",
                EnglishGreeting + "Reading {{reading}} of meter No. {{meterNumber}} for account {{account}} was accepted on {{readingDate}}." + EnglishClosing)),

        Define(Rejected, "Показание не принято", "Отказ в приёме показания с причиной",
            [MeterNumber, Reading, ReadingDate, RejectionReason],
            new("Показание {{reading}} по счётчику {{meterNumber}} (л/с {{account}}) не принято: {{rejectionReason}}. Тел. {{companyPhone}}",
                "Показание не принято — лицевой счёт {{account}}",
                RussianGreeting + "Показание {{reading}} прибора учёта № {{meterNumber}} по лицевому счёту {{account}} от {{readingDate}} не принято. Причина: {{rejectionReason}}.\n\nПросим проверить показание и передать его повторно. Справки по телефону {{companyPhone}}." + RussianClosing),
            new("Reading {{reading}} for meter {{meterNumber}} (account {{account}}) was not accepted: {{rejectionReason}}. Tel. {{companyPhone}}",
                "Reading not accepted — account {{account}}",
                EnglishGreeting + "Reading {{reading}} of meter No. {{meterNumber}} for account {{account}} of {{readingDate}} was not accepted. Reason: {{rejectionReason}}.\n\nPlease check the reading and submit it again. For enquiries call {{companyPhone}}." + EnglishClosing)),
    ];
}
