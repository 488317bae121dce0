using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Features.Informing.Scenarios;

namespace CustomerService.Functions.Features.Appeals.Registration;

/// <summary>
/// The placeholder values every notice to an applicant offers (the scenarios' common placeholders):
/// the greeting name, full name, account, address, the company and the registration number. Pure.
/// </summary>
public static class ApplicantNoticeValues
{
    public static Dictionary<string, object> For(Applicant applicant, string language, string registrationNumber, string companyName)
    {
        var values = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [Placeholders.NameAndPatronymic] = GreetingName(applicant) ?? Neutral(language),
            [Placeholders.FullName] = FullName(applicant) ?? Neutral(language),
            [Placeholders.CompanyName] = companyName,
            [Placeholders.RegistrationNumber] = registrationNumber,
        };
        if ((applicant.BillingAccount ?? applicant.ContractNumber) is { } account) values[Placeholders.Account] = account;
        if (applicant.PostalAddress is { } address) values[Placeholders.Address] = address;
        return values;
    }

    /// <summary>First name and patronymic of a person (003 L654, L687: letters open with them); an organization by its name.</summary>
    private static string? GreetingName(Applicant applicant) => PersonName(applicant) ?? applicant.OrganizationName;

    /// <summary>First name and patronymic (or the first name alone) of a person or a group's representative; null for organizations.</summary>
    public static string? PersonName(Applicant applicant) =>
        applicant.Kind is ApplicantKind.Individual or ApplicantKind.SoleProprietor or ApplicantKind.Group && applicant.FirstName is { } first
            ? applicant.Patronymic is { } patronymic ? $"{first} {patronymic}" : first
            : null;

    /// <summary>A person's surname, name and patronymic; an organization's name (also what recipient lists from the register show).</summary>
    public static string? FullName(Applicant applicant)
    {
        var person = string.Join(' ', new[] { applicant.LastName, applicant.FirstName, applicant.Patronymic }.Where(p => !string.IsNullOrWhiteSpace(p)));
        return person.Length > 0 && applicant.Kind is not (ApplicantKind.LegalEntity or ApplicantKind.UtilityServiceProvider) ? person : applicant.OrganizationName ?? (person.Length > 0 ? person : null);
    }

    /// <summary>Who the greeting addresses when the applicant gave no name (anonymous appeals are registered too).</summary>
    private static string Neutral(string language) => language switch
    {
        ScenarioLanguages.English => "applicant",
        ScenarioLanguages.Tatar => "мөрәҗәгать итүче",
        ScenarioLanguages.Kazakh => "өтініш беруші",
        _ => "уважаемый заявитель",
    };
}
