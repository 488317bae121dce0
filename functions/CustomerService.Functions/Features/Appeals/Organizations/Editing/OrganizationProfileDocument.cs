using CustomerService.Functions.Features.Appeals.Intake;
using CustomerService.Functions.Features.Appeals.Model;

namespace CustomerService.Functions.Features.Appeals.Organizations.Editing;

/// <summary>
/// An <see cref="OrganizationProfile"/> as administrators edit it and as the document store keeps it:
/// plain JSON with camelCase wire names (<c>webForm</c>, <c>complaint</c>, <c>lastName</c>), so an
/// unknown value becomes a field-level message (<see cref="OrganizationProfileValidator"/>) rather
/// than a deserialization failure.
/// </summary>
public sealed record OrganizationProfileDocument
{
    public string? Id { get; init; }
    public string? FullName { get; init; }
    public string? ShortName { get; init; }

    /// <summary><c>RU</c> or <c>KZ</c>.</summary>
    public string? Jurisdiction { get; init; }

    /// <summary>IANA zone, e.g. <c>Asia/Krasnoyarsk</c>.</summary>
    public string? TimeZoneId { get; init; }

    public IReadOnlyList<string>? AcceptedChannels { get; init; }
    public IReadOnlyList<string>? ReplyLanguages { get; init; }

    /// <summary><c>sequenceWithApplicantCode</c> (<c>125-ФЛ</c>) or <c>yearAndSequence</c> (<c>2026-000125</c>).</summary>
    public string? NumberFormat { get; init; }

    /// <summary>One entry per appeal kind.</summary>
    public IReadOnlyDictionary<string, PromiseDocument>? Promises { get; init; }

    /// <summary>One entry per applicant kind: the applicant fields that must be present.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? RequiredFields { get; init; }

    public IReadOnlyList<string>? ChannelsWithoutRequiredFields { get; init; }
    public int? BillingAccountMinDigits { get; init; }
    public int? BillingAccountMaxDigits { get; init; }
    public string? ConsentTextVersion { get; init; }

    public static OrganizationProfileDocument From(OrganizationProfile profile) => new()
    {
        Id = profile.Id,
        FullName = profile.FullName,
        ShortName = profile.ShortName,
        Jurisdiction = profile.Jurisdiction.ToString(),
        TimeZoneId = profile.TimeZoneId,
        AcceptedChannels = Names(profile.AcceptedChannels),
        ReplyLanguages = [.. profile.ReplyLanguages],
        NumberFormat = NumberFormats.Name(profile.NumberFormat),
        Promises = Enum.GetValues<AppealKind>().Where(profile.Promises.ContainsKey).ToDictionary(
            WireEnum<AppealKind>.Name,
            kind => new PromiseDocument(profile.Promises[kind].Days, WireEnum<DayType>.Name(profile.Promises[kind].DayType), profile.Promises[kind].Source)),
        RequiredFields = Enum.GetValues<ApplicantKind>().Where(profile.RequiredFields.ContainsKey).ToDictionary(
            WireEnum<ApplicantKind>.Name,
            kind => (IReadOnlyList<string>)Names(profile.RequiredFields[kind])),
        ChannelsWithoutRequiredFields = Names(profile.ChannelsWithoutRequiredFields),
        BillingAccountMinDigits = profile.BillingAccountMinDigits,
        BillingAccountMaxDigits = profile.BillingAccountMaxDigits,
        ConsentTextVersion = profile.ConsentTextVersion,
    };

    /// <summary>In enum order, so a document diff shows real changes only.</summary>
    private static List<string> Names<T>(IEnumerable<T> values) where T : struct, Enum =>
        values.Order().Select(WireEnum<T>.Name).ToList();
}

/// <param name="DayType"><c>calendar</c> or <c>working</c>.</param>
/// <param name="Source">Where the figure comes from (seed line, order number): kept for the record.</param>
public sealed record PromiseDocument(int? Days, string? DayType, string? Source);

/// <summary>Wire names of the <see cref="RegistrationNumberFormat"/>s.</summary>
public static class NumberFormats
{
    public const string SequenceWithApplicantCode = "sequenceWithApplicantCode";
    public const string YearAndSequence = "yearAndSequence";

    public static string Name(RegistrationNumberFormat format) => format switch
    {
        RegistrationNumberFormat.SequenceWithApplicantCode => SequenceWithApplicantCode,
        RegistrationNumberFormat.YearAndSequence => YearAndSequence,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "A number format without a wire name."),
    };

    public static RegistrationNumberFormat? Parse(string? name) => name switch
    {
        SequenceWithApplicantCode => new RegistrationNumberFormat.SequenceWithApplicantCode(),
        YearAndSequence => new RegistrationNumberFormat.YearAndSequence(),
        _ => null,
    };
}
