using CustomerService.Functions.Features.Appeals.Applicants;
using CustomerService.Functions.Features.Appeals.Organizations.Editing;
using CustomerService.Functions.Features.Appeals.Screening;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Appeals.Registration;

/// <summary>
/// Gathers what registration's screening needs beyond the appeal row: it indexes the appeal under its
/// applicant and reads the applicant's earlier answered questions (<see cref="ApplicantIndex"/>), and
/// takes the reply languages from the profile as administrators last saved it.
/// </summary>
public sealed class RegistrationScreeningFacts(ApplicantIndex applicants, ActiveOrganizationProfile activeProfile)
{
    /// <param name="AllowedLanguages">Null: the appeal belongs to another organization than the active one; its shipped profile applies.</param>
    public sealed record Facts(IReadOnlyList<AnsweredQuestion> EarlierAnswered, IReadOnlyList<string>? AllowedLanguages);

    public async Task<Facts> GatherAsync(TableEntity appeal, CancellationToken cancellationToken)
    {
        var earlier = await applicants.RecordAsync(appeal, cancellationToken);
        var languages = appeal.GetString("Organization") == activeProfile.Id ? activeProfile.Current.ReplyLanguages : null;
        return new Facts(earlier, languages);
    }
}
