using CustomerService.Functions.Features.Appeals.Model;

namespace CustomerService.Functions.Features.Appeals.Organizations;

/// <summary>
/// What intake needs to know about the organization the app serves: one of the shipped
/// profiles (<see cref="OrganizationProfiles"/>), chosen by <see cref="AppealsSettings.Organization"/>.
/// Pure data; every value in the shipped profiles cites the seed line it comes from.
/// </summary>
public sealed record OrganizationProfile
{
    /// <summary>Stable id: the setting value, the counter's partition and the journal's partition prefix.</summary>
    public required string Id { get; init; }
    public required string FullName { get; init; }
    public required string ShortName { get; init; }
    public required Jurisdiction Jurisdiction { get; init; }

    /// <summary>IANA zone: registration dates, promise dates and the numbering year are local to it.</summary>
    public required string TimeZoneId { get; init; }

    public required IReadOnlySet<Channel> AcceptedChannels { get; init; }

    /// <summary>Languages an applicant may ask the reply in (two-letter ISO 639-1 codes).</summary>
    public required IReadOnlyList<string> ReplyLanguages { get; init; }

    public required RegistrationNumberFormat NumberFormat { get; init; }

    /// <summary>The answer time quoted in the acknowledgement, per appeal kind.</summary>
    public required IReadOnlyDictionary<AppealKind, AnswerPromise> Promises { get; init; }

    /// <summary>Applicant fields that must be present, per applicant kind (§2.4).</summary>
    public required IReadOnlyDictionary<ApplicantKind, IReadOnlySet<ApplicantField>> RequiredFields { get; init; }

    /// <summary>Channels where no personal data may be demanded (004's complaint book, L195/L203): required fields are waived.</summary>
    public IReadOnlySet<Channel> ChannelsWithoutRequiredFields { get; init; } = new HashSet<Channel>();

    /// <summary>Digits of a billing account (лицевой счёт). Not given in the seeds: an assumption to confirm with the business.</summary>
    public required int BillingAccountMinDigits { get; init; }
    public required int BillingAccountMaxDigits { get; init; }

    /// <summary>Version of the consent text the website shows; the request must quote the current one.</summary>
    public required string ConsentTextVersion { get; init; }

    public TimeZoneInfo TimeZone => TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);
}

public enum Jurisdiction
{
    /// <summary>Russian Federation: 59-ФЗ, 152-ФЗ.</summary>
    RU,

    /// <summary>Republic of Kazakhstan: АППК РК No. 350-VI.</summary>
    KZ,
}

/// <param name="Source">The seed row the promise comes from, for the record and the docs.</param>
public sealed record AnswerPromise(int Days, DayType DayType, string Source)
{
    /// <summary>A date promised to an applicant must say which days it counts.</summary>
    public DayType DayType { get; } = DayType != DayType.Unspecified
        ? DayType
        : throw new ArgumentException("An answer promise must count calendar or working days.", nameof(DayType));
}

/// <summary>Applicant fields a profile can require (JSON names under <c>applicant.</c>).</summary>
public enum ApplicantField
{
    LastName,
    FirstName,
    OrganizationName,
    Members,
    PostalAddress,
    Phone,
    Email,
    OutgoingNumber,
    OutgoingDate,
}
