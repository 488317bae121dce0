using CustomerService.Functions.Features.Appeals.Journal;
using CustomerService.Functions.Features.Appeals.Model;

namespace CustomerService.Functions.Tests.Features.Appeals.Journal;

public sealed class JournalPagingTests
{
    private static readonly JournalQuery Query = new() { From = new DateOnly(2026, 3, 1), To = new DateOnly(2026, 3, 31), Kinds = [AppealKind.Complaint] };

    [Fact]
    public void A_token_round_trips_its_offset_for_the_same_query()
    {
        var token = JournalPageToken.Encode(200, Query);
        Assert.Equal(200, JournalPageToken.Decode(token, Query with { }));
        Assert.DoesNotContain("200", token);
    }

    [Fact]
    public void A_token_is_refused_for_another_query_or_when_edited_or_foreign()
    {
        var token = JournalPageToken.Encode(50, Query);
        Assert.Null(JournalPageToken.Decode(token, Query with { Kinds = [AppealKind.Claim] }));
        Assert.Null(JournalPageToken.Decode(token, Query with { Descending = true }));
        Assert.Null(JournalPageToken.Decode(token, Query with { Text = "x" }));
        var edited = (token[0] == 'A' ? 'B' : 'A') + token[1..];
        Assert.Null(JournalPageToken.Decode(edited, Query));
        Assert.Null(JournalPageToken.Decode("not a token!", Query));
        Assert.Null(JournalPageToken.Decode("", Query));
        Assert.Null(JournalPageToken.Decode(new string('A', 500), Query));
    }

    [Fact]
    public void Every_order_breaks_ties_by_number_so_pages_never_overlap()
    {
        var at = new DateTimeOffset(2026, 3, 2, 3, 0, 0, TimeSpan.Zero);
        JournalEntry[] entries =
        [
            Entry(3, "claim", "registered", at),
            Entry(1, "complaint", "assigned", at.AddHours(1)),
            Entry(2, "complaint", "registered", at.AddHours(2)),
            Entry(4, "review", "closed", at.AddHours(-1)),
        ];
        Assert.Equal([4L, 3, 1, 2], Sequences(JournalSortField.RegisteredAt, false));
        Assert.Equal([2L, 1, 3, 4], Sequences(JournalSortField.RegisteredAt, true));
        Assert.Equal([1L, 2, 3, 4], Sequences(JournalSortField.Number, false));
        Assert.Equal([4L, 3, 2, 1], Sequences(JournalSortField.Number, true));
        Assert.Equal([3L, 1, 2, 4], Sequences(JournalSortField.Kind, false));
        Assert.Equal([4L, 2, 1, 3], Sequences(JournalSortField.Kind, true));
        Assert.Equal([1L, 4, 2, 3], Sequences(JournalSortField.Status, false));

        long[] Sequences(JournalSortField sort, bool descending) => [.. JournalOrder.Apply(entries, sort, descending).Select(e => e.Sequence)];
    }

    [Fact]
    public void Number_order_follows_the_numbering_year_before_the_sequence()
    {
        var at = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        JournalEntry[] entries = [Entry(1, "claim", "registered", at, year: 2026), Entry(900, "claim", "registered", at.AddDays(-1), year: 2025)];
        Assert.Equal([2025, 2026], JournalOrder.Apply(entries, JournalSortField.Number, false).Select(e => e.Year));
    }

    [Fact]
    public void Free_text_matches_number_or_summary_ignoring_case()
    {
        var entry = Entry(7, "complaint", "registered", DateTimeOffset.UnixEpoch) with { RegistrationNumber = "7-ФЛ", Summary = "Счёт за Октябрь" };
        Assert.True(entry.Matches("октябрь"));
        Assert.True(entry.Matches("7-фл"));
        Assert.True(entry.Matches(null));
        Assert.False(entry.Matches("ноябрь"));
    }

    internal static JournalEntry Entry(long sequence, string kind, string status, DateTimeOffset at, int year = 2026) => new(
        $"{sequence}-ФЛ", $"a{sequence}", at, year, sequence, "Иванова Мария Петровна", "г. Дивногорск", "Счёт", kind, "webForm", "individual", status,
        null, null, null, null, null, "2026-04-01", false, null, null, null, null, null);
}
