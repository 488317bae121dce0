using System.Globalization;
using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Features.Deadlines.Planning;

namespace CustomerService.Functions.Tests.Features.Deadlines;

/// <summary>Builds facts in an organization's local time, as staff would read them.</summary>
internal static class PlanningFacts
{
    public static DateTimeOffset Local(string organizationId, string local)
    {
        var zone = OrganizationProfiles.Find(organizationId)!.TimeZone;
        var time = DateTime.Parse(local, CultureInfo.InvariantCulture);
        return new DateTimeOffset(time, zone.GetUtcOffset(time));
    }

    public static DeadlineFacts Facts(string org, AppealKind kind, Channel channel, string received, string? registered = null, string? sent = null,
        DeadlineCondition condition = DeadlineCondition.General, IReadOnlyList<GrantedExtension>? extensions = null, IReadOnlyList<PausedInterval>? pauses = null) =>
        new(org, null, kind, channel, ApplicantKind.Individual, null,
            sent is null ? null : Local(org, sent), Local(org, received), Local(org, registered ?? received),
            extensions ?? [], pauses ?? [], condition);

    public static DateOnly Date(DateTimeOffset instant, string org) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, OrganizationProfiles.Find(org)!.TimeZone).DateTime);

    public static DateOnly D(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);
}
