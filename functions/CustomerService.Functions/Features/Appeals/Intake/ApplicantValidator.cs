using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Platform.Http;

namespace CustomerService.Functions.Features.Appeals.Intake;

/// <summary>The applicant block: formats of every field given, then the fields the profile requires for the applicant kind.</summary>
internal static class ApplicantValidator
{
    public static Applicant? Validate(ApplicantRequest? request, Channel? channel, OrganizationProfile profile, DateOnly today, ValidationProblemBuilder problems)
    {
        if (request is null)
        {
            problems.Add("applicant", IntakeTexts.ApplicantRequired);
            return null;
        }
        var kind = AppealRequestValidator.ParseRequired<ApplicantKind>(request.Kind, "applicant.kind", IntakeTexts.ApplicantKindRequired, problems);
        var applicant = new Applicant
        {
            Kind = kind ?? ApplicantKind.Individual,
            LastName = Text(request.LastName, "lastName", IntakeLimits.Name, problems),
            FirstName = Text(request.FirstName, "firstName", IntakeLimits.Name, problems),
            Patronymic = Text(request.Patronymic, "patronymic", IntakeLimits.Name, problems),
            OrganizationName = Text(request.OrganizationName, "organizationName", IntakeLimits.OrganizationName, problems),
            Members = Members(request.Members, problems),
            PostalAddress = FreeText.Check(request.PostalAddress, "applicant.postalAddress", IntakeLimits.PostalAddress, multiline: true, problems),
            Phone = Phone(request.Phone, problems),
            Email = Email(request.Email, problems),
            BillingAccount = BillingAccount(request.BillingAccount, profile, problems),
            ContractNumber = Text(request.ContractNumber, "contractNumber", IntakeLimits.ShortCode, problems),
            OutgoingNumber = Text(request.OutgoingNumber, "outgoingNumber", IntakeLimits.ShortCode, problems),
            OutgoingDate = request.OutgoingDate,
        };
        problems.AddIf(request.OutgoingDate > today, "applicant.outgoingDate", IntakeTexts.OutgoingDateInFuture);
        var waived = channel is { } c && profile.ChannelsWithoutRequiredFields.Contains(c);
        if (kind is { } k && !waived) RequireFields(applicant, profile.RequiredFields[k], problems);
        return kind is null ? null : applicant;
    }

    private static void RequireFields(Applicant applicant, IReadOnlySet<ApplicantField> required, ValidationProblemBuilder problems)
    {
        foreach (var field in required)
        {
            var present = field switch
            {
                ApplicantField.LastName => applicant.LastName is not null,
                ApplicantField.FirstName => applicant.FirstName is not null,
                ApplicantField.OrganizationName => applicant.OrganizationName is not null,
                ApplicantField.Members => applicant.Members is { Count: >= 2 },
                ApplicantField.PostalAddress => applicant.PostalAddress is not null,
                ApplicantField.Phone => applicant.Phone is not null,
                ApplicantField.Email => applicant.Email is not null,
                ApplicantField.OutgoingNumber => applicant.OutgoingNumber is not null,
                _ => applicant.OutgoingDate is not null,
            };
            var name = "applicant." + WireEnum<ApplicantField>.Name(field);
            if (!present && !problems.Errors.ContainsKey(name)) problems.Add(name, IntakeTexts.FieldRequired(field));
        }
    }

    private static string? Text(string? text, string name, int max, ValidationProblemBuilder problems) =>
        FreeText.Check(text, "applicant." + name, max, multiline: false, problems);

    private static List<string>? Members(IReadOnlyList<string?>? members, ValidationProblemBuilder problems)
    {
        if (members is null) return null;
        if (members.Count > IntakeLimits.Members) problems.Add("applicant.members", IntakeTexts.TooMany(IntakeLimits.Members));
        var names = new List<string>();
        for (var i = 0; i < members.Count; i++)
        {
            if (FreeText.Check(members[i], $"applicant.members[{i}]", IntakeLimits.MemberName, multiline: false, problems) is { } name) names.Add(name);
        }
        return names;
    }

    private static string? Phone(string? text, ValidationProblemBuilder problems)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var phone = text.Length <= IntakeLimits.ShortCode ? ContactFormats.NormalizePhone(text) : null;
        problems.AddIf(phone is null, "applicant.phone", IntakeTexts.PhoneFormat);
        return phone;
    }

    private static string? Email(string? text, ValidationProblemBuilder problems)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var email = text.Trim();
        if (ContactFormats.IsEmail(email)) return email;
        problems.Add("applicant.email", IntakeTexts.EmailFormat);
        return null;
    }

    private static string? BillingAccount(string? text, OrganizationProfile profile, ValidationProblemBuilder problems)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var account = text.Trim();
        var ok = account.Length >= profile.BillingAccountMinDigits && account.Length <= profile.BillingAccountMaxDigits && account.All(char.IsAsciiDigit);
        problems.AddIf(!ok, "applicant.billingAccount", IntakeTexts.BillingAccountFormat(profile.BillingAccountMinDigits, profile.BillingAccountMaxDigits));
        return ok ? account : null;
    }
}
