namespace CustomerService.Functions.Features.Informing.Campaigns.Planning;

/// <summary>
/// Checks a campaign's schedule before anything is planned or sent, so a bad schedule is
/// refused with field-level messages and nothing is half-started.
/// </summary>
public static class CampaignSchedule
{
    public static readonly TimeSpan LongestWindow = TimeSpan.FromDays(31);

    /// <param name="zone">The organization's time zone: quiet hours are checked in it (recipients elsewhere are shifted when sent).</param>
    public static IReadOnlyDictionary<string, string> Check(
        CampaignWindow window, TimeZoneInfo zone, IReadOnlyDictionary<string, SendRate> rates, OutageNotice? outage, DateTimeOffset now)
    {
        var problems = new Dictionary<string, string>();
        if (window.EndAt <= window.StartAt) problems["endAt"] = CampaignTexts.EndBeforeStart;
        else if (window.EndAt - window.StartAt > LongestWindow) problems["endAt"] = CampaignTexts.WindowTooLong;
        else if (window.SendTime(window.StartAt, zone) is null) problems["quietHours"] = CampaignTexts.NoSendingTime;
        if (window.EndAt <= now) problems.TryAdd("endAt", CampaignTexts.WindowOver);
        foreach (var (channel, rate) in rates)
            if (rate.PerMinute is <= 0) problems[$"rates.{channel}"] = CampaignTexts.RateNotPositive;
        if (outage is not null && problems.Count == 0)
            foreach (var (field, message) in outage.Check(window)) problems[field] = message;
        return problems;
    }
}
