using static CustomerService.Functions.Features.Informing.Scenarios.Placeholders;
using static CustomerService.Functions.Features.Informing.Scenarios.Shipped.ShippedTexts;

namespace CustomerService.Functions.Features.Informing.Scenarios.Shipped;

/// <summary>Billing notices: debt with the amount, payment due, tariff change, limitation and suspension of supply.</summary>
public static class BillingScenarios
{
    public const string DebtNotice = "debtNotice";
    public const string PaymentDue = "paymentDue";
    public const string TariffChange = "tariffChange";
    public const string SupplyLimitation = "supplyLimitation";
    public const string SupplySuspension = "supplySuspension";

    public static IReadOnlyList<ScenarioDefinition> All { get; } =
    [
        Define(DebtNotice, "Задолженность с суммой", "U-01: адресное сообщение суммы долга",
            [Amount, AsOfDate],
            new("Задолженность по л/с {{account}} на {{asOfDate}}: {{amount}}. Просим оплатить. Тел. {{companyPhone}}",
                "Задолженность по лицевому счёту {{account}}",
                RussianGreeting + "По лицевому счёту {{account}} на {{asOfDate}} числится задолженность {{amount}}. Просим погасить её в ближайшее время.\n\nЕсли Вы уже оплатили, не обращайте внимания на это сообщение. Справки по телефону {{companyPhone}}." + RussianClosing),
            new("Account {{account}} debt as of {{asOfDate}}: {{amount}}. Please pay. Tel. {{companyPhone}}",
                "Outstanding balance on account {{account}}",
                EnglishGreeting + "As of {{asOfDate}}, account {{account}} has an outstanding balance of {{amount}}. Please pay it as soon as possible.\n\nIf you have already paid, please disregard this message. For enquiries call {{companyPhone}}." + EnglishClosing)),

        Define(PaymentDue, "Напоминание о сроке оплаты", "U-02: приближается срок оплаты",
            [Amount, DueDate],
            new("Напоминаем: оплатить {{amount}} по л/с {{account}} нужно до {{dueDate}}.",
                "Напоминание об оплате — лицевой счёт {{account}}",
                RussianGreeting + "Напоминаем, что срок оплаты по лицевому счёту {{account}} — до {{dueDate}}. Сумма к оплате: {{amount}}." + RussianClosing),
            new("Reminder: please pay {{amount}} for account {{account}} by {{dueDate}}.",
                "Payment reminder — account {{account}}",
                EnglishGreeting + "This is a reminder that the payment for account {{account}} is due by {{dueDate}}. Amount due: {{amount}}." + EnglishClosing)),

        Define(TariffChange, "Изменение тарифа", "U-03: изменение тарифов или правил обслуживания",
            [TariffDescription, EffectiveDate],
            new("С {{effectiveDate}} изменяется тариф: {{tariffDescription}}. Тел. {{companyPhone}}",
                "Изменение тарифа с {{effectiveDate}} — {{companyName}}",
                RussianGreeting + "Сообщаем, что с {{effectiveDate}} изменяется тариф: {{tariffDescription}}.\n\nПодробности — на сайте и по телефону {{companyPhone}}." + RussianClosing),
            new("From {{effectiveDate}} the tariff changes: {{tariffDescription}}. Tel. {{companyPhone}}",
                "Tariff change from {{effectiveDate}} — {{companyName}}",
                EnglishGreeting + "Please note that from {{effectiveDate}} the tariff changes: {{tariffDescription}}.\n\nDetails are on our website and by phone at {{companyPhone}}." + EnglishClosing)),

        Define(SupplyLimitation, "Уведомление об ограничении", "U-08: ограничение подачи электроэнергии за долг",
            [Amount, AsOfDate, MeasureDate],
            new("Из-за долга {{amount}} по л/с {{account}} с {{measureDate}} будет введено ограничение подачи электроэнергии. Тел. {{companyPhone}}",
                "Уведомление об ограничении подачи электроэнергии — лицевой счёт {{account}}",
                RussianGreeting + "По лицевому счёту {{account}} (адрес: {{address}}) на {{asOfDate}} числится задолженность {{amount}}. Если она не будет погашена, с {{measureDate}} будет введено ограничение подачи электроэнергии.\n\nСправки по телефону {{companyPhone}}." + RussianClosing),
            new("Due to a debt of {{amount}} on account {{account}}, electricity supply will be limited from {{measureDate}}. Tel. {{companyPhone}}",
                "Notice of electricity supply limitation — account {{account}}",
                EnglishGreeting + "As of {{asOfDate}}, account {{account}} (address: {{address}}) has an outstanding balance of {{amount}}. If it is not paid, the electricity supply will be limited from {{measureDate}}.\n\nFor enquiries call {{companyPhone}}." + EnglishClosing)),

        Define(SupplySuspension, "Уведомление о приостановлении", "U-08: приостановление подачи электроэнергии за долг",
            [Amount, AsOfDate, MeasureDate],
            new("Из-за долга {{amount}} по л/с {{account}} с {{measureDate}} подача электроэнергии будет приостановлена. Тел. {{companyPhone}}",
                "Уведомление о приостановлении подачи электроэнергии — лицевой счёт {{account}}",
                RussianGreeting + "По лицевому счёту {{account}} (адрес: {{address}}) на {{asOfDate}} числится задолженность {{amount}}. Если она не будет погашена, с {{measureDate}} подача электроэнергии будет приостановлена.\n\nСправки по телефону {{companyPhone}}." + RussianClosing),
            new("Due to a debt of {{amount}} on account {{account}}, electricity supply will be suspended from {{measureDate}}. Tel. {{companyPhone}}",
                "Notice of electricity supply suspension — account {{account}}",
                EnglishGreeting + "As of {{asOfDate}}, account {{account}} (address: {{address}}) has an outstanding balance of {{amount}}. If it is not paid, the electricity supply will be suspended from {{measureDate}}.\n\nFor enquiries call {{companyPhone}}." + EnglishClosing)),
    ];
}
