using System.Globalization;
using CustomerService.Functions.Features.Appeals.Model;

namespace CustomerService.Functions.Features.Appeals.Workflow;

/// <summary>
/// Texts the workflow sends to applicants, in their language (ru, tt, kk, en; SEED_REQUIREMENTS §9.4–9.5):
/// the answer letter and a non-consideration notice (letters written by staff around their own text;
/// the notices are message scenarios, <see cref="Informing.Notices.ApplicantNotices"/>). Pure.
/// The tt and kk frames are our translation: have them checked by a native speaker.
/// </summary>
public static class ApplicantTexts
{
    public sealed record Text(string Subject, string Body);

    /// <param name="Name">Full name, phone and e-mail of the executor (003 §5.8: the answer gives the executor's contacts).</param>
    public sealed record Executor(string Name, string Phone, string Email);

    /// <summary>E-mail subject «Ответ на обращение» with the company's full name; the letter opens with name and patronymic when known.</summary>
    public static Text Answer(string language, Applicant applicant, string number, DateOnly registeredOn, string companyFullName, string answer, Executor executor)
    {
        var on = registeredOn.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        var greeting = Greeting(language, applicant);
        return language switch
        {
            "tt" => new($"Мөрәҗәгатькә җавап № {number} — {companyFullName}",
                $"{greeting}\n\nСезнең {on} көнне № {number} белән теркәлгән мөрәҗәгатегезгә җавап.\n\n{answer}\n\nБашкаручы: {executor.Name}, тел. {executor.Phone}, e-mail {executor.Email}.\n\n{companyFullName}"),
            "kk" => new($"№ {number} өтінішке жауап — {companyFullName}",
                $"{greeting}\n\nСіздің {on} № {number} болып тіркелген өтінішіңізге жауап.\n\n{answer}\n\nОрындаушы: {executor.Name}, тел. {executor.Phone}, e-mail {executor.Email}.\n\n{companyFullName}"),
            "en" => new($"Answer to appeal No. {number} — {companyFullName}",
                $"{greeting}\n\nIn reply to your appeal No. {number} of {on}:\n\n{answer}\n\nExecutor: {executor.Name}, phone {executor.Phone}, e-mail {executor.Email}.\n\n{companyFullName}"),
            _ => new($"Ответ на обращение № {number} — {companyFullName}",
                $"{greeting}\n\nНа Ваше обращение № {number} от {on} сообщаем следующее.\n\n{answer}\n\nИсполнитель: {executor.Name}, тел. {executor.Phone}, e-mail {executor.Email}.\n\n{companyFullName}"),
        };
    }

    /// <param name="explanation">The reason in the applicant's words (e.g. the competent organization's contacts); may be empty.</param>
    public static Text NonConsiderationNotice(string language, Applicant applicant, string number, string companyFullName, string groundRussian, string explanation)
    {
        var extra = string.IsNullOrWhiteSpace(explanation) ? "" : $"\n\n{explanation}";
        return language switch
        {
            "tt" => new($"№ {number} мөрәҗәгать асылы буенча каралмый — {companyFullName}",
                $"{Greeting(language, applicant)}\n\n№ {number} мөрәҗәгатегез асылы буенча каралмый. Нигез: {groundRussian}.{extra}\n\n{companyFullName}"),
            "kk" => new($"№ {number} өтініш мәні бойынша қаралмайды — {companyFullName}",
                $"{Greeting(language, applicant)}\n\n№ {number} өтінішіңіз мәні бойынша қаралмайды. Негіз: {groundRussian}.{extra}\n\n{companyFullName}"),
            "en" => new($"Appeal No. {number} will not be considered on the merits — {companyFullName}",
                $"{Greeting(language, applicant)}\n\nYour appeal No. {number} will not be considered on the merits. Ground: {groundRussian}.{extra}\n\n{companyFullName}"),
            _ => new($"Обращение № {number} не рассматривается по существу — {companyFullName}",
                $"{Greeting(language, applicant)}\n\nВаше обращение № {number} не рассматривается по существу. Основание: {groundRussian}.{extra}\n\n{companyFullName}"),
        };
    }

    /// <summary>
    /// «Уважаемая Мария Петровна!» when first name and patronymic are known (the patronymic's ending
    /// gives the form of address), a first name alone or a neutral greeting otherwise (003 L654, L687).
    /// </summary>
    public static string Greeting(string language, Applicant applicant)
    {
        var name = Registration.ApplicantNoticeValues.PersonName(applicant);
        return language switch
        {
            "tt" => name is null ? "Хөрмәтле мөрәҗәгать итүче!" : $"Хөрмәтле {name}!",
            "kk" => name is null ? "Құрметті өтініш беруші!" : $"Құрметті {name}!",
            "en" => name is null ? "Dear applicant," : $"Dear {name},",
            _ => name is null ? "Уважаемый заявитель!" : $"{RussianAddress(applicant.Patronymic)} {name}!",
        };
    }

    private static string RussianAddress(string? patronymic) => patronymic switch
    {
        { } p when p.EndsWith("вна", StringComparison.OrdinalIgnoreCase) || p.EndsWith("чна", StringComparison.OrdinalIgnoreCase) || p.EndsWith("кызы", StringComparison.OrdinalIgnoreCase) => "Уважаемая",
        { } p when p.EndsWith("ич", StringComparison.OrdinalIgnoreCase) || p.EndsWith("улы", StringComparison.OrdinalIgnoreCase) || p.EndsWith("оглы", StringComparison.OrdinalIgnoreCase) => "Уважаемый",
        _ => "Здравствуйте,",
    };
}
