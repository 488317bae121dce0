namespace CustomerService.Functions.Features.Appeals.Model;

/// <summary>
/// How a time limit counts days (SEED_REQUIREMENTS §0.4). Several seed rows say only «дней»;
/// those stay <see cref="Unspecified"/> until the organization decides, and nothing that is
/// promised to an applicant may be unspecified.
/// </summary>
public enum DayType
{
    Calendar,

    /// <summary>Working days of the organization's calendar (until issue #4: Mon–Fri in its time zone).</summary>
    Working,

    Unspecified,
}
