using System.Text.RegularExpressions;
using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Features.Appeals.Screening.Rules;
using CustomerService.Functions.Features.Appeals.Screening.Text;

namespace CustomerService.Functions.Features.Appeals.Screening.Checks;

/// <summary>Anonymous appeals (no name for the applicant's kind) and appeals without any contact data.</summary>
internal static class ApplicantCheck
{
    // 004 (L105): an anonymous report of a crime or of a threat to state or public security goes to state bodies.
    private static readonly Regex CrimeReport = new(
        @"\b(?:преступлен\w*|теракт\w*|террор\w*|экстремис\w*|взрывчат\w*|бомб\w*|заминир\w*|оружи\w*|наркотик\w*|коррупц\w*|взятк\w*|хищени\w*|краж\w*|угроз\w* (?:государственной|общественной) безопасности)",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public static IEnumerable<Finding> Run(ScreeningText text, ScreeningInput input)
    {
        var applicant = input.Applicant;
        if (applicant is null || !HasName(applicant))
        {
            yield return Anonymous(text, applicant);
        }

        if (applicant is null || !HasContact(applicant))
        {
            yield return new Finding(
                NonConsiderationGround.NoContactData, Confidence.High,
                "Не указаны контактные данные для ответа: ни почтового адреса, ни телефона, ни электронной почты.",
                Evidence.Of("адрес, телефон и e-mail пусты"));
        }
    }

    private static Finding Anonymous(ScreeningText text, Applicant? applicant)
    {
        var crime = Evidence.Matches(CrimeReport, text.Normalized);
        var missing = applicant is null ? "данные заявителя отсутствуют" : $"не указано имя ({NameFieldFor(applicant.Kind)})";
        return crime.Count == 0
            ? new Finding(NonConsiderationGround.Anonymous, Confidence.High, "Анонимное обращение: заявитель не назвал себя.", Evidence.Of(missing))
            : new Finding(
                NonConsiderationGround.Anonymous, Confidence.High,
                "Анонимное обращение с возможным сообщением о преступлении или угрозе безопасности: проверьте, нужно ли направить его в государственные органы.",
                Evidence.Of(crime.Prepend(missing)), RouteTarget.StateBodies);
    }

    /// <summary>The name the applicant's kind requires (SEED_REQUIREMENTS §2.4).</summary>
    private static bool HasName(Applicant applicant) => applicant.Kind switch
    {
        ApplicantKind.Individual => Filled(applicant.LastName) || Filled(applicant.FirstName),
        ApplicantKind.Group => Filled(applicant.LastName) || applicant.Members?.Any(Filled) == true,
        ApplicantKind.SoleProprietor => Filled(applicant.LastName) || Filled(applicant.OrganizationName),
        _ => Filled(applicant.OrganizationName),
    };

    private static string NameFieldFor(ApplicantKind kind) => kind switch
    {
        ApplicantKind.Individual => "фамилия или имя",
        ApplicantKind.Group => "ФИО подписавших",
        ApplicantKind.SoleProprietor => "ФИО или наименование ИП",
        _ => "наименование организации",
    };

    private static bool HasContact(Applicant applicant) =>
        Filled(applicant.PostalAddress) || Filled(applicant.Phone) || Filled(applicant.Email);

    private static bool Filled(string? value) => !string.IsNullOrWhiteSpace(value);
}
