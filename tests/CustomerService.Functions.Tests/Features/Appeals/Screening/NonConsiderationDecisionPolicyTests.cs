using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Features.Appeals.Screening.Decisions;
using CustomerService.Functions.Features.Appeals.Screening.Rules;
using static CustomerService.Functions.Features.Appeals.Model.NonConsiderationGround;

using CustomerService.Functions.Features.Appeals.Organizations;

namespace CustomerService.Functions.Tests.Features.Appeals.Screening;

public sealed class NonConsiderationDecisionPolicyTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(3));

    private static NonConsiderationDecision Decision(NonConsiderationGround ground, bool notify, RouteTarget route = RouteTarget.None, string? comment = null) =>
        new(ground, "staff-17", Now, notify, notify ? Now.AddHours(1) : null, route, comment);

    private static IReadOnlyList<DecisionProblem> Validate(NonConsiderationDecision decision, string organization, Channel channel = Channel.Post) =>
        NonConsiderationDecisionPolicy.Validate(decision, OrganizationPolicies.For(organization), channel);

    [Fact]
    public void An_allowed_decision_has_no_problems()
    {
        Assert.Empty(Validate(Decision(ObsceneLanguage, notify: true), OrganizationIds.KrcPetrozavodsk));
    }

    [Fact]
    public void A_ground_the_organization_does_not_name_is_refused()
    {
        var problem = Assert.Single(Validate(Decision(UnsupportedLanguage, notify: false), OrganizationIds.Astanaenergosbyt));

        Assert.Equal("ground", problem.Field);
        Assert.Contains("не предусмотрено", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_notice_where_the_rule_requires_it_is_refused()
    {
        var problem = Assert.Single(Validate(Decision(CourtMatter, notify: false), OrganizationIds.KrcPetrozavodsk));

        Assert.Equal("notifyApplicant", problem.Field);
        Assert.Contains("должен быть уведомлён", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_notice_where_no_answer_is_given_is_refused()
    {
        var problem = Assert.Single(Validate(Decision(Anonymous, notify: true), OrganizationIds.Tatenergosbyt));

        Assert.Equal("notifyApplicant", problem.Field);
    }

    [Fact]
    public void Threats_must_be_routed_to_security()
    {
        Assert.Equal("routedTo", Assert.Single(Validate(Decision(Threats, notify: true), OrganizationIds.KrcPetrozavodsk)).Field);
        Assert.Empty(Validate(Decision(Threats, notify: true, RouteTarget.SecurityUnit), OrganizationIds.KrcPetrozavodsk));
    }

    [Fact]
    public void State_bodies_only_where_the_rule_allows()
    {
        Assert.Empty(Validate(Decision(Anonymous, notify: false, RouteTarget.StateBodies), OrganizationIds.Astanaenergosbyt));
        Assert.Empty(Validate(Decision(Anonymous, notify: false), OrganizationIds.Astanaenergosbyt));
        Assert.Equal("routedTo", Assert.Single(Validate(Decision(NoContactData, notify: false, RouteTarget.StateBodies), OrganizationIds.Astanaenergosbyt)).Field);
    }

    [Fact]
    public void Discretionary_grounds_and_repeated_questions_need_a_reason()
    {
        Assert.Equal("comment", Assert.Single(Validate(Decision(SpamAdvertisingCharity, notify: false), OrganizationIds.Tatenergosbyt)).Field);
        Assert.Empty(Validate(Decision(SpamAdvertisingCharity, notify: false, comment: "Реклама окон"), OrganizationIds.Tatenergosbyt));
        Assert.Equal("comment", Assert.Single(Validate(Decision(RepeatedQuestion, notify: false), OrganizationIds.MupesDivnogorsk)).Field);
    }

    [Fact]
    public void Illegible_text_without_notice_needs_the_reason_at_krc()
    {
        Assert.Empty(Validate(Decision(Illegible, notify: true), OrganizationIds.KrcPetrozavodsk));
        Assert.Equal("comment", Assert.Single(Validate(Decision(Illegible, notify: false), OrganizationIds.KrcPetrozavodsk)).Field);
    }

    [Fact]
    public void The_complaint_book_at_astana_refuses_anonymity()
    {
        Assert.Equal("ground", Assert.Single(Validate(Decision(Anonymous, notify: false), OrganizationIds.Astanaenergosbyt, Channel.ComplaintBook)).Field);
    }

    [Fact]
    public void Notice_dates_must_be_consistent()
    {
        var early = Decision(TradeSecret, notify: true) with { NotifiedAt = Now.AddMinutes(-5) };
        var unnotified = Decision(ObsceneLanguage, notify: false) with { NotifiedAt = Now };
        var anonymousStaff = Decision(TradeSecret, notify: true) with { DecidedBy = " " };

        Assert.Equal("notifiedAt", Assert.Single(Validate(early, OrganizationIds.MupesDivnogorsk)).Field);
        Assert.Equal("notifiedAt", Assert.Single(Validate(unnotified, OrganizationIds.MupesDivnogorsk)).Field);
        Assert.Equal("decidedBy", Assert.Single(Validate(anonymousStaff, OrganizationIds.MupesDivnogorsk)).Field);
    }
}
