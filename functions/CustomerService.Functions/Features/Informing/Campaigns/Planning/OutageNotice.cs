namespace CustomerService.Functions.Features.Informing.Campaigns.Planning;

/// <summary>
/// 001's rule for planned outages (SEED_REQUIREMENTS U-05, 001 Гл.3 §1 item 2.1): customers are
/// told within 3 days of the decision and at least 24 hours before the outage. A campaign about
/// a planned outage must therefore have finished sending by the earlier of the two instants.
/// </summary>
public sealed record OutageNotice(DateTimeOffset DecidedAt, DateTimeOffset OutageStartsAt)
{
    public static readonly TimeSpan NoticeWithin = TimeSpan.FromDays(3);
    public static readonly TimeSpan AtLeastBefore = TimeSpan.FromHours(24);

    public DateTimeOffset LatestSend => Earliest(DecidedAt + NoticeWithin, OutageStartsAt - AtLeastBefore);

    /// <summary>Field-level problems (Russian, for the operator) of a schedule for this outage.</summary>
    public IReadOnlyDictionary<string, string> Check(CampaignWindow window)
    {
        var problems = new Dictionary<string, string>();
        if (OutageStartsAt - DecidedAt < AtLeastBefore)
            problems["outage.startsAt"] = CampaignTexts.OutageTooSoon;
        else if (window.StartAt < DecidedAt)
            problems["startAt"] = CampaignTexts.OutageStartBeforeDecision;
        else if (window.EndAt > LatestSend)
            problems["endAt"] = CampaignTexts.OutageEndTooLate(LatestSend);
        return problems;
    }

    private static DateTimeOffset Earliest(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
