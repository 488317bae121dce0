using static CustomerService.Functions.Features.Informing.Scenarios.Placeholders;
using static CustomerService.Functions.Features.Informing.Scenarios.Shipped.ShippedTexts;

namespace CustomerService.Functions.Features.Informing.Scenarios.Shipped;

/// <summary>Planned outage (U-05, U-06): the address and the period. 001's timing rule belongs to campaigns.</summary>
public static class OutageScenarios
{
    public const string PlannedOutage = "plannedOutage";

    public static IReadOnlyList<ScenarioDefinition> All { get; } =
    [
        Define(PlannedOutage, "Плановое отключение", "U-05, U-06: адрес и период отключения (001: не позднее 24 ч до отключения)",
            [OutageStart, OutageEnd, OutageReason],
            new("Плановое отключение электроэнергии: {{address}}, с {{outageStart}} до {{outageEnd}}. Тел. {{companyPhone}}",
                "Плановое отключение электроэнергии {{outageStart}} — {{companyName}}",
                RussianGreeting + "Сообщаем о плановом отключении электроэнергии по адресу: {{address}}, с {{outageStart}} до {{outageEnd}}. Причина: {{outageReason}}.\n\nПриносим извинения за неудобства. Справки по телефону {{companyPhone}}." + RussianClosing),
            new("Planned power outage: {{address}}, from {{outageStart}} to {{outageEnd}}. Tel. {{companyPhone}}",
                "Planned power outage on {{outageStart}} — {{companyName}}",
                EnglishGreeting + "Please note the planned power outage at {{address}} from {{outageStart}} to {{outageEnd}}. Reason: {{outageReason}}.\n\nWe apologise for the inconvenience. For enquiries call {{companyPhone}}." + EnglishClosing)),
    ];
}
