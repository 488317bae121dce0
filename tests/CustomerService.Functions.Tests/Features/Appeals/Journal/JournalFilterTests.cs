using CustomerService.Functions.Features.Appeals.Journal;
using CustomerService.Functions.Features.Appeals.Model;

namespace CustomerService.Functions.Tests.Features.Appeals.Journal;

public sealed class JournalFilterTests
{
    private static readonly TimeZoneInfo Krasnoyarsk = TimeZoneInfo.FindSystemTimeZoneById("Asia/Krasnoyarsk");
    private static readonly DateOnly Today = new(2026, 3, 15);

    [Fact]
    public void The_period_is_a_range_of_month_partitions_and_exact_local_midnights()
    {
        var query = new JournalQuery { From = new DateOnly(2026, 1, 1), To = new DateOnly(2026, 2, 28) };
        var text = JournalFilter.Build(query, "mupes-divnogorsk", Krasnoyarsk, Today).ToString();
        // 1 January 00:00 in UTC+7 is 31 December 17:00 UTC: the December partition belongs to the period.
        Assert.Contains("PartitionKey ge 'mupes-divnogorsk-202512'", text);
        Assert.Contains("PartitionKey le 'mupes-divnogorsk-202602'", text);
        Assert.Contains("RegisteredAt ge datetime'2025-12-31T17:00:00", text);
        Assert.Contains("RegisteredAt lt datetime'2026-02-28T17:00:00", text);
    }

    [Fact]
    public void Column_filters_are_quoted_literals_joined_with_or_within_a_column()
    {
        var query = new JournalQuery
        {
            From = Today, To = Today,
            Kinds = [AppealKind.Complaint, AppealKind.Claim],
            Classifications = [ClassificationCode.Tariffs],
            Assignee = "o'brien",
        };
        var text = JournalFilter.Build(query, "org", TimeZoneInfo.Utc, Today).ToString();
        Assert.Contains("(Kind eq 'complaint') or (Kind eq 'claim')", text);
        Assert.Contains("Classification eq 'tariffs'", text);
        Assert.Contains("AssigneeId eq 'o''brien'", text);
    }

    [Theory]
    [InlineData("2026-03-14", "registered", true)]
    [InlineData("2026-03-14", "assigned", true)]
    [InlineData("2026-03-15", "registered", false)]
    [InlineData("2026-03-14", "answerSent", false)]
    [InlineData("2026-03-01", "closed", false)]
    [InlineData("2026-03-01", "notConsidered", false)]
    public void Overdue_means_past_the_promised_date_and_not_finished(string promisedBy, string status, bool overdue)
    {
        Assert.Equal(overdue, JournalFilter.IsOverdue(promisedBy, status, Today));
    }

    [Fact]
    public void Overdue_and_not_overdue_filters_are_complements_in_storage_terms()
    {
        var overdue = JournalFilter.Overdue(Today).ToString();
        var notOverdue = JournalFilter.NotOverdue(Today).ToString();
        Assert.Contains("PromisedBy lt '2026-03-15'", overdue);
        Assert.Contains("Status ne 'closed'", overdue);
        Assert.Contains("PromisedBy ge '2026-03-15'", notOverdue);
        Assert.Contains("Status eq 'closed'", notOverdue);
    }
}
