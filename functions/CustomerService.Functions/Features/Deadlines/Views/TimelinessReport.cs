using System.Globalization;
using CustomerService.Functions.Features.Deadlines.Timers;

namespace CustomerService.Functions.Features.Deadlines.Views;

/// <summary>
/// Timeliness of answered appeals in a period: the on-time share («Исполнительность» — answered
/// by the due date, extensions included) and the answer time percentiles (calendar days from
/// registration to the answer, paused time excluded), grouped by kind, channel, unit or month.
/// Pure: computed from register rows already read.
/// </summary>
public sealed record TimelinessReport(DateOnly From, DateOnly To, string By, TimelinessGroup Total, IReadOnlyList<TimelinessGroup> Groups)
{
    public static readonly string[] Groupings = ["kind", "channel", "unit", "period"];

    public static TimelinessReport Build(DateOnly from, DateOnly to, string by, IEnumerable<DeadlineRecord> answered)
    {
        var rows = answered.Where(r => r.AnsweredAt is not null).ToList();
        var groups = rows.GroupBy(r => Key(r, by), StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Group(g.Key, g.ToList())).ToList();
        return new TimelinessReport(from, to, by, Group("всего", rows), groups);
    }

    private static string Key(DeadlineRecord r, string by) => by switch
    {
        "channel" => r.Channel,
        "unit" => r.Unit ?? "не назначено",
        "period" => r.AnsweredAt!.Value.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => r.Kind,
    };

    private static TimelinessGroup Group(string key, IReadOnlyList<DeadlineRecord> rows)
    {
        var days = rows.Select(r => (r.AnsweredAt!.Value - r.RegisteredAt - TimeSpan.FromSeconds(r.PausedSeconds)).TotalDays).Order().ToList();
        var onTime = rows.Count(r => r.OnTime == true);
        return new TimelinessGroup(key, rows.Count, onTime, rows.Count == 0 ? 0 : Math.Round((double)onTime / rows.Count, 4),
            Math.Round(Percentile(days, 0.5), 2), Math.Round(Percentile(days, 0.9), 2));
    }

    /// <summary>Nearest-rank percentile (the value at rank ⌈p·n⌉): no interpolation, so it is always an observed answer time.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}

/// <param name="OnTimeShare">«Исполнительность»: on-time answers / answers, 0–1.</param>
public sealed record TimelinessGroup(string Key, int Answered, int OnTime, double OnTimeShare, double AnswerDaysP50, double AnswerDaysP90);
