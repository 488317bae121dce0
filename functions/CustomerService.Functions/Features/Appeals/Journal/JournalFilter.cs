using CustomerService.Functions.Features.Appeals.Intake;
using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Features.Appeals.Outbox;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Appeals.Journal;

/// <summary>
/// The server-side part of a <see cref="JournalQuery"/> as a <see cref="TableFilter"/>: the
/// month partitions of the period (a key range, so the service scans only those partitions),
/// the exact registration instants, and every column filter. Free text is not here: Table
/// storage has no substring search, so <see cref="JournalReader"/> matches it in memory.
/// </summary>
public static class JournalFilter
{
    /// <summary>Statuses after which an appeal can no longer be overdue: the answer went out or it was closed.</summary>
    public static readonly IReadOnlyList<AppealStatus> Finished = [AppealStatus.AnswerSent, AppealStatus.Closed, AppealStatus.NotConsidered];

    public static TableFilter Build(JournalQuery query, string organization, TimeZoneInfo zone, DateOnly today)
    {
        var (start, end) = Period(query, zone);
        var parts = new List<TableFilter>
        {
            TableFilter.GreaterThanOrEqual(TableConstants.PartitionKey, Partition(organization, start)),
            TableFilter.LessThanOrEqual(TableConstants.PartitionKey, Partition(organization, end.AddTicks(-1))),
            TableFilter.GreaterThanOrEqual("RegisteredAt", start),
            TableFilter.LessThan("RegisteredAt", end),
        };
        AddAnyOf(parts, "Status", query.Statuses);
        AddAnyOf(parts, "Kind", query.Kinds);
        AddAnyOf(parts, "Channel", query.Channels);
        AddAnyOf(parts, JournalRow.Classification, query.Classifications);
        AddAnyOf(parts, "ApplicantKind", query.ApplicantKinds);
        if (query.Assignee is { } assignee) parts.Add(TableFilter.Equal(JournalRow.AssigneeId, assignee));
        if (query.Unit is { } unit) parts.Add(TableFilter.Equal(JournalRow.Unit, unit));
        if (query.Overdue is { } overdue) parts.Add(overdue ? Overdue(today) : NotOverdue(today));
        return TableFilter.And([.. parts]);
    }

    /// <summary>The period as UTC instants [start, end): local midnights of the organization's zone.</summary>
    public static (DateTimeOffset Start, DateTimeOffset End) Period(JournalQuery query, TimeZoneInfo zone) =>
        (LocalMidnight(query.From, zone), LocalMidnight(query.To.AddDays(1), zone));

    /// <summary>
    /// Past the promised answer date (the date of the acknowledgement, <c>yyyy-MM-dd</c>, so
    /// string order is date order) and not finished. Extended deadlines arrive with issue #4.
    /// </summary>
    public static TableFilter Overdue(DateOnly today) =>
        TableFilter.And([TableFilter.LessThan("PromisedBy", Day(today)), .. Finished.Select(s => TableFilter.NotEqual("Status", WireEnum<AppealStatus>.Name(s)))]);

    /// <summary>The complement of <see cref="Overdue"/>, written without <c>not</c>.</summary>
    public static TableFilter NotOverdue(DateOnly today) =>
        TableFilter.Or([TableFilter.GreaterThanOrEqual("PromisedBy", Day(today)), .. Finished.Select(s => TableFilter.Equal("Status", WireEnum<AppealStatus>.Name(s)))]);

    public static bool IsOverdue(string? promisedBy, string? status, DateOnly today) =>
        promisedBy is not null && string.CompareOrdinal(promisedBy, Day(today)) < 0
        && !Finished.Any(s => WireEnum<AppealStatus>.Name(s) == status);

    private static string Partition(string organization, DateTimeOffset instant) => $"{organization}-{instant.UtcDateTime:yyyyMM}";

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static DateTimeOffset LocalMidnight(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    private static void AddAnyOf<T>(List<TableFilter> parts, string property, IReadOnlyList<T> values) where T : struct, Enum
    {
        if (values.Count > 0) parts.Add(TableFilter.Or([.. values.Select(v => TableFilter.Equal(property, WireEnum<T>.Name(v)))]));
    }
}
