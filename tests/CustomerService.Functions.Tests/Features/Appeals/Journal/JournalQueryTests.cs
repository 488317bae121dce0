using CustomerService.Functions.Features.Appeals.Journal;
using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Platform.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace CustomerService.Functions.Tests.Features.Appeals.Journal;

public sealed class JournalQueryTests
{
    private static readonly DateOnly Today = new(2026, 3, 15);

    internal static (JournalQuery? Query, ValidationProblemBuilder Errors) Parse(params (string Name, string Value)[] parameters)
    {
        var values = parameters.GroupBy(p => p.Name).ToDictionary(g => g.Key, g => new StringValues(g.Select(p => p.Value).ToArray()));
        var errors = new ValidationProblemBuilder();
        return (JournalQueryParser.Parse(new QueryCollection(values), Today, errors), errors);
    }

    [Fact]
    public void Without_parameters_the_period_is_the_current_month_to_today_in_number_order()
    {
        var (query, errors) = Parse();
        Assert.False(errors.HasErrors);
        Assert.Equal(new DateOnly(2026, 3, 1), query!.From);
        Assert.Equal(Today, query.To);
        Assert.Equal(JournalSortField.RegisteredAt, query.Sort);
        Assert.False(query.Descending);
    }

    [Fact]
    public void Lists_come_comma_separated_or_repeated_and_are_parsed_by_wire_name()
    {
        var (query, _) = Parse(("status", "registered,assigned"), ("kind", "complaint"), ("kind", "claim"), ("classification", "powerQuality"),
            ("channel", "phone"), ("applicantKind", "legalEntity"), ("overdue", "true"), ("q", "  счёт "), ("sort", "kind"), ("order", "desc"));
        Assert.Equal([AppealStatus.Registered, AppealStatus.Assigned], query!.Statuses);
        Assert.Equal([AppealKind.Complaint, AppealKind.Claim], query.Kinds);
        Assert.Equal([ClassificationCode.PowerQuality], query.Classifications);
        Assert.Equal([Channel.Phone], query.Channels);
        Assert.Equal([ApplicantKind.LegalEntity], query.ApplicantKinds);
        Assert.True(query.Overdue);
        Assert.Equal("счёт", query.Text);
        Assert.Equal(JournalSortField.Kind, query.Sort);
        Assert.True(query.Descending);
    }

    [Theory]
    [InlineData("from", "15.03.2026")]
    [InlineData("status", "open")]
    [InlineData("kind", "Complaint")]
    [InlineData("classification", "КЭ")]
    [InlineData("channel", "fax")]
    [InlineData("applicantKind", "person")]
    [InlineData("overdue", "yes")]
    [InlineData("sort", "name")]
    [InlineData("order", "up")]
    [InlineData("q", "a\u0001b")]
    public void A_bad_value_is_reported_under_its_parameter(string name, string value)
    {
        var (query, errors) = Parse((name, value));
        Assert.Null(query);
        Assert.True(errors.Errors.ContainsKey(name), string.Join(", ", errors.Errors.Keys));
    }

    [Fact]
    public void A_reversed_an_overlong_or_a_repeated_period_is_refused()
    {
        Assert.True(Parse(("from", "2026-03-10"), ("to", "2026-03-01")).Errors.Errors.ContainsKey("to"));
        Assert.True(Parse(("from", "2025-01-01"), ("to", "2026-03-01")).Errors.Errors.ContainsKey("to"));
        Assert.True(Parse(("from", "2026-03-01"), ("from", "2026-03-02")).Errors.Errors.ContainsKey("from"));
        Assert.True(Parse(("q", new string('я', JournalQueryParser.MaxTextLength + 1))).Errors.Errors.ContainsKey("q"));
    }
}
