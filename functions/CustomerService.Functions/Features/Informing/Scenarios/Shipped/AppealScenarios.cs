using static CustomerService.Functions.Features.Informing.Scenarios.Placeholders;
using static CustomerService.Functions.Features.Informing.Scenarios.Shipped.ShippedTexts;

namespace CustomerService.Functions.Features.Informing.Scenarios.Shipped;

/// <summary>
/// Notices about an appeal: acknowledgement, information request, extension, answer sent. The
/// acknowledgement and the information request also ship Tatar and Kazakh texts, which the product
/// sent before these became scenarios (our translation: have a native speaker check it).
/// </summary>
public static class AppealScenarios
{
    public const string Acknowledgement = "appealAcknowledgement";
    public const string InformationRequest = "informationRequest";
    public const string ExtensionNotice = "extensionNotice";
    public const string AnswerSent = "answerSent";

    public static IReadOnlyList<ScenarioDefinition> All { get; } =
    [
        Define(Acknowledgement, "Подтверждение регистрации обращения", "U-09, U-14: номер, срок ответа, ссылка на статус",
            [RegistrationNumber, RegistrationDate, PromisedDate, StatusLink],
            new("Обращение № {{registrationNumber}} зарегистрировано. Ответ до {{promisedDate}}. Статус: {{statusLink}}",
                "Обращение № {{registrationNumber}} зарегистрировано — {{companyName}}",
                RussianGreeting + "Ваше обращение зарегистрировано {{registrationDate}} под номером {{registrationNumber}}. Ответ будет дан не позднее {{promisedDate}}.\n\nПроверить статус обращения: {{statusLink}}" + RussianClosing),
            new("Your appeal No. {{registrationNumber}} is registered. Answer by {{promisedDate}}. Status: {{statusLink}}",
                "Appeal No. {{registrationNumber}} registered — {{companyName}}",
                EnglishGreeting + "Your appeal was registered on {{registrationDate}} under No. {{registrationNumber}}. You will receive an answer by {{promisedDate}}.\n\nCheck the status of your appeal: {{statusLink}}" + EnglishClosing),
            new("Мөрәҗәгать № {{registrationNumber}} теркәлде. Җавап {{promisedDate}} көненнән дә соңга калмыйча. Халәте: {{statusLink}}",
                "Мөрәҗәгать № {{registrationNumber}} теркәлде — {{companyName}}",
                TatarGreeting + "Сезнең мөрәҗәгатегез {{registrationDate}} көнне № {{registrationNumber}} белән теркәлде. Җавап {{promisedDate}} көненнән дә соңга калмыйча биреләчәк.\n\nМөрәҗәгать халәтен карау: {{statusLink}}" + PlainClosing),
            new("№ {{registrationNumber}} өтініш тіркелді. Жауап {{promisedDate}} дейін беріледі. Мәртебесі: {{statusLink}}",
                "№ {{registrationNumber}} өтініш тіркелді — {{companyName}}",
                KazakhGreeting + "Сіздің өтінішіңіз {{registrationDate}} № {{registrationNumber}} болып тіркелді. Жауап {{promisedDate}} дейін беріледі.\n\nӨтініштің мәртебесін тексеру: {{statusLink}}" + PlainClosing)),

        Define(InformationRequest, "Запрос недостающих сведений", "U-18: какие сведения нужны и до какого срока",
            [RegistrationNumber, MissingInformation, Deadline],
            new("По обращению № {{registrationNumber}} нужны сведения: {{missingInformation}}. Просим представить до {{deadline}}.",
                "Запрос сведений по обращению № {{registrationNumber}} — {{companyName}}",
                RussianGreeting + "Для рассмотрения Вашего обращения № {{registrationNumber}} необходимы следующие сведения или документы: {{missingInformation}}.\n\nПросим представить их до {{deadline}} любым удобным способом: ответом на это письмо, через личный кабинет или в офисе обслуживания." + RussianClosing),
            new("Appeal No. {{registrationNumber}}: we need {{missingInformation}}. Please provide it by {{deadline}}.",
                "Information needed for appeal No. {{registrationNumber}} — {{companyName}}",
                EnglishGreeting + "To consider your appeal No. {{registrationNumber}} we need the following information or documents: {{missingInformation}}.\n\nPlease provide them by {{deadline}} in any convenient way: by replying to this e-mail, through your personal account or at a customer service office." + EnglishClosing),
            new("№ {{registrationNumber}} мөрәҗәгать буенча өстәмә мәгълүмат кирәк: {{missingInformation}}. {{deadline}} көненә кадәр тапшыруыгызны сорыйбыз.",
                "№ {{registrationNumber}} мөрәҗәгать буенча өстәмә мәгълүмат кирәк — {{companyName}}",
                TatarGreeting + "№ {{registrationNumber}} мөрәҗәгатегезне карау өчен өстәмә мәгълүмат кирәк: {{missingInformation}}.\n\nАны {{deadline}} көненә кадәр тапшыруыгызны сорыйбыз." + PlainClosing),
            new("№ {{registrationNumber}} өтініш бойынша қосымша ақпарат қажет: {{missingInformation}}. {{deadline}} дейін ұсынуыңызды сұраймыз.",
                "№ {{registrationNumber}} өтініш бойынша қосымша ақпарат қажет — {{companyName}}",
                KazakhGreeting + "№ {{registrationNumber}} өтінішіңізді қарау үшін қосымша ақпарат қажет: {{missingInformation}}.\n\nОны {{deadline}} дейін ұсынуыңызды сұраймыз." + PlainClosing)),

        Define(ExtensionNotice, "Уведомление о продлении срока рассмотрения", "U-16: новый срок и причина (004: не позднее 3 календарных дней)",
            [RegistrationNumber, Deadline, ExtensionReason],
            new("Срок рассмотрения обращения № {{registrationNumber}} продлён до {{deadline}}.",
                "Продление срока рассмотрения обращения № {{registrationNumber}} — {{companyName}}",
                RussianGreeting + "Срок рассмотрения Вашего обращения № {{registrationNumber}} продлён до {{deadline}}. Причина: {{extensionReason}}.\n\nПриносим извинения за задержку." + RussianClosing),
            new("The period for considering appeal No. {{registrationNumber}} is extended to {{deadline}}.",
                "Extension of the period for appeal No. {{registrationNumber}} — {{companyName}}",
                EnglishGreeting + "The period for considering your appeal No. {{registrationNumber}} has been extended to {{deadline}}. Reason: {{extensionReason}}.\n\nWe apologise for the delay." + EnglishClosing)),

        Define(AnswerSent, "Ответ на обращение направлен", "U-21: ответ отправлен выбранным клиентом способом",
            [RegistrationNumber, StatusLink],
            new("Ответ на обращение № {{registrationNumber}} направлен Вам. Статус: {{statusLink}}",
                "Ответ на обращение № {{registrationNumber}} — {{companyName}}",
                RussianGreeting + "Ответ на Ваше обращение № {{registrationNumber}} направлен выбранным Вами способом.\n\nСтатус обращения: {{statusLink}}" + RussianClosing),
            new("The answer to your appeal No. {{registrationNumber}} has been sent. Status: {{statusLink}}",
                "Answer to appeal No. {{registrationNumber}} — {{companyName}}",
                EnglishGreeting + "The answer to your appeal No. {{registrationNumber}} has been sent by the method you chose.\n\nAppeal status: {{statusLink}}" + EnglishClosing)),
    ];
}
