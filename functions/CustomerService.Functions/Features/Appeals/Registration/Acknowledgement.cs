using System.Globalization;
using CustomerService.Functions.Features.Appeals.Intake;
using CustomerService.Functions.Features.Appeals.Model;

namespace CustomerService.Functions.Features.Appeals.Registration;

/// <summary>
/// The acknowledgement sent to the applicant (§7.3 step 3, 001 Прил.2 п.6/15/22): number,
/// registration date, promised answer date and the status link, in the applicant's language.
/// The only personal data in the text is the greeting by first name and patronymic.
/// The tt and kk texts are our translation: have them checked by a native speaker.
/// </summary>
public static class Acknowledgement
{
    public sealed record Text(string Subject, string Body);

    public static Text Compose(string language, Applicant applicant, string number, DateOnly registeredOn, DateOnly promisedBy, string statusPath, string organization)
    {
        var name = GreetingName(applicant);
        var on = registeredOn.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        var by = promisedBy.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        return language switch
        {
            "tt" => new($"Мөрәҗәгать № {number} теркәлде — {organization}",
                $"{(name is null ? "Исәнмесез!" : $"Исәнмесез, {name}!")} Сезнең мөрәҗәгатегез {on} көнне № {number} белән теркәлде. Җавап {by} көненнән дә соңга калмыйча биреләчәк. Мөрәҗәгать халәтен карау: {statusPath}. {organization}"),
            "kk" => new($"№ {number} өтініш тіркелді — {organization}",
                $"{(name is null ? "Сәлеметсіз бе!" : $"Сәлеметсіз бе, {name}!")} Сіздің өтінішіңіз {on} № {number} болып тіркелді. Жауап {by} дейін беріледі. Өтініштің мәртебесін тексеру: {statusPath}. {organization}"),
            "en" => new($"Appeal No. {number} registered — {organization}",
                $"{(name is null ? "Hello!" : $"Hello, {name}!")} Your appeal was registered on {on} under No. {number}. We will answer by {by}. Check its status: {statusPath}. {organization}"),
            _ => new($"Обращение № {number} зарегистрировано — {organization}",
                $"{(name is null ? "Здравствуйте!" : $"Здравствуйте, {name}!")} Ваше обращение зарегистрировано {on} под номером {number}. Ответ будет дан не позднее {by}. Статус обращения: {statusPath}. {organization}"),
        };
    }

    /// <summary>First name and patronymic of a person (003 L654, L687); organizations and groups get the neutral greeting.</summary>
    private static string? GreetingName(Applicant applicant) =>
        applicant.Kind is ApplicantKind.Individual or ApplicantKind.SoleProprietor && applicant.FirstName is { } first
            ? applicant.Patronymic is { } patronymic ? $"{first} {patronymic}" : first
            : null;

    /// <summary>Outbound channel and recipient of the acknowledgement for the preferred reply channel (null recipient: staff must act).</summary>
    public static (string Channel, string? To) Route(ReplyChannel reply, Applicant applicant) => reply switch
    {
        ReplyChannel.Email => ("email", applicant.Email),
        ReplyChannel.Sms or ReplyChannel.Phone => ("sms", applicant.Phone),
        ReplyChannel.Post => ("post", applicant.PostalAddress),
        _ => ("customerPortal", applicant.BillingAccount),
    };
}
