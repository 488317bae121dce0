using CustomerService.Functions.Features.Informing.Campaigns.Planning;

namespace CustomerService.Functions.Tests.Features.Informing.Campaigns;

public sealed class CampaignPlanningTests
{
    private static readonly TimeZoneInfo Krasnoyarsk = TimeZoneInfo.FindSystemTimeZoneById("Asia/Krasnoyarsk");
    private static readonly TimeZoneInfo Moscow = TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow");
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 3, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("2026-12-07T20:59:00+07:00", false)]
    [InlineData("2026-12-07T21:00:00+07:00", true)]
    [InlineData("2026-12-08T03:00:00+07:00", true)]
    [InlineData("2026-12-08T08:59:59+07:00", true)]
    [InlineData("2026-12-08T09:00:00+07:00", false)]
    public void Quiet_hours_span_midnight_in_the_recipients_zone(string at, bool quiet) =>
        Assert.Equal(quiet, QuietHours.Default.Contains(DateTimeOffset.Parse(at), Krasnoyarsk));

    [Fact]
    public void A_message_due_in_quiet_hours_waits_for_the_morning_of_the_recipient()
    {
        var late = DateTimeOffset.Parse("2026-12-07T22:30:00+07:00");

        Assert.Equal(DateTimeOffset.Parse("2026-12-08T09:00:00+07:00"), QuietHours.Default.NextAllowed(late, Krasnoyarsk));
        // The same instant is 18:30 in Moscow: not quiet there.
        Assert.Equal(late, QuietHours.Default.NextAllowed(late, Moscow));
    }

    [Fact]
    public void A_daytime_quiet_window_ends_the_same_day()
    {
        var lunch = new QuietHours(new TimeOnly(13, 0), new TimeOnly(14, 0));

        Assert.Equal(DateTimeOffset.Parse("2026-12-07T14:00:00+03:00"),
            lunch.NextAllowed(DateTimeOffset.Parse("2026-12-07T13:20:00+03:00"), Moscow));
    }

    [Fact]
    public void A_send_time_past_the_window_end_is_refused()
    {
        var window = new CampaignWindow(
            DateTimeOffset.Parse("2026-12-07T18:00:00+07:00"), DateTimeOffset.Parse("2026-12-07T23:00:00+07:00"), QuietHours.Default);

        Assert.Equal(window.StartAt, window.SendTime(Now, Krasnoyarsk));
        Assert.Null(window.SendTime(DateTimeOffset.Parse("2026-12-07T21:30:00+07:00"), Krasnoyarsk));
    }

    [Fact]
    public void A_schedule_with_its_end_before_its_start_is_refused_field_by_field()
    {
        var window = new CampaignWindow(Now.AddHours(5), Now.AddHours(1), QuietHours.None);
        var rates = new Dictionary<string, SendRate> { ["sms"] = new(0) };

        var problems = CampaignSchedule.Check(window, Moscow, rates, outage: null, Now);

        Assert.Equal(CampaignTexts.EndBeforeStart, problems["endAt"]);
        Assert.Equal(CampaignTexts.RateNotPositive, problems["rates.sms"]);
    }

    [Fact]
    public void A_window_entirely_inside_quiet_hours_is_refused()
    {
        var window = new CampaignWindow(
            DateTimeOffset.Parse("2026-12-07T22:00:00+07:00"), DateTimeOffset.Parse("2026-12-08T06:00:00+07:00"), QuietHours.Default);

        var problems = CampaignSchedule.Check(window, Krasnoyarsk, new Dictionary<string, SendRate>(), null, Now);

        Assert.Equal(CampaignTexts.NoSendingTime, problems["quietHours"]);
    }

    [Fact]
    public void An_outage_notice_must_finish_within_three_days_of_the_decision()
    {
        var decided = DateTimeOffset.Parse("2026-12-07T10:00:00+07:00");
        var outage = new OutageNotice(decided, decided.AddDays(10));
        var tooLong = new CampaignWindow(decided, decided.AddDays(4), QuietHours.Default);
        var inTime = new CampaignWindow(decided, decided.AddDays(3), QuietHours.Default);

        Assert.Contains("endAt", CampaignSchedule.Check(tooLong, Krasnoyarsk, new Dictionary<string, SendRate>(), outage, decided).Keys);
        Assert.Empty(CampaignSchedule.Check(inTime, Krasnoyarsk, new Dictionary<string, SendRate>(), outage, decided));
    }

    [Fact]
    public void An_outage_notice_must_finish_24_hours_before_the_outage()
    {
        var decided = DateTimeOffset.Parse("2026-12-07T10:00:00+07:00");
        var outage = new OutageNotice(decided, decided.AddHours(40));

        Assert.Equal(decided.AddHours(16), outage.LatestSend);
        var problems = outage.Check(new CampaignWindow(decided, decided.AddHours(20), QuietHours.None));
        Assert.StartsWith("Об отключении нужно уведомить в течение 3 дней", problems["endAt"]);
    }

    [Fact]
    public void An_outage_less_than_24_hours_away_cannot_be_announced_in_time()
    {
        var decided = DateTimeOffset.Parse("2026-12-07T10:00:00+07:00");
        var outage = new OutageNotice(decided, decided.AddHours(23));

        Assert.Equal(CampaignTexts.OutageTooSoon, outage.Check(new CampaignWindow(decided, decided.AddHours(1), QuietHours.None))["outage.startsAt"]);
    }

    [Fact]
    public void Throttled_batches_are_spaced_evenly_at_the_channels_rate()
    {
        var sms = new SendRate(200);

        Assert.Equal(TimeSpan.Zero, sms.BatchOffset(0, 50));
        Assert.Equal(TimeSpan.FromSeconds(15), sms.BatchOffset(1, 50));
        Assert.Equal(TimeSpan.FromMinutes(500), sms.BatchOffset(2_000, 50));
        Assert.Equal(TimeSpan.Zero, SendRate.Unthrottled.BatchOffset(2_000, 50));
    }

    [Theory]
    [InlineData(CampaignStatus.Draft, CampaignStatus.Running, false)]
    [InlineData(CampaignStatus.Approved, CampaignStatus.Running, true)]
    [InlineData(CampaignStatus.Running, CampaignStatus.Paused, true)]
    [InlineData(CampaignStatus.Paused, CampaignStatus.Running, true)]
    [InlineData(CampaignStatus.Cancelled, CampaignStatus.Running, false)]
    [InlineData(CampaignStatus.Completed, CampaignStatus.Paused, false)]
    public void A_campaign_runs_only_after_approval_and_never_after_it_ends(CampaignStatus from, CampaignStatus to, bool allowed) =>
        Assert.Equal(allowed, CampaignTransitions.CanMove(from, to));
}
