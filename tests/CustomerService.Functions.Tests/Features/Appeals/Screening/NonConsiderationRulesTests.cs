using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Features.Appeals.Screening.Rules;
using static CustomerService.Functions.Features.Appeals.Model.NonConsiderationGround;
using static CustomerService.Functions.Features.Appeals.Screening.Rules.ApplicantNotice;
using static CustomerService.Functions.Features.Appeals.Screening.Rules.Discretion;
using static CustomerService.Functions.Features.Appeals.Organizations.OrganizationIds;

namespace CustomerService.Functions.Tests.Features.Appeals.Screening;

public sealed class NonConsiderationRulesTests
{
    /// <summary>SEED_REQUIREMENTS §5, general column of each organization: (org, ground, applies, discretion, notice).</summary>
    public static TheoryData<string, NonConsiderationGround, bool, Discretion, ApplicantNotice> GeneralTable => new()
    {
        { MupesDivnogorsk, Anonymous, false, Mandatory, StaffChoice },
        { MupesDivnogorsk, ObsceneLanguage, true, Mandatory, NoAnswer },
        { MupesDivnogorsk, Threats, true, Mandatory, NoAnswer },
        { MupesDivnogorsk, RepeatedQuestion, true, Mandatory, NoAnswer },
        { MupesDivnogorsk, Illegible, true, Mandatory, Required },
        { MupesDivnogorsk, NoContactData, true, Mandatory, NoAnswer },
        { MupesDivnogorsk, TradeSecret, true, Mandatory, Required },
        { MupesDivnogorsk, EssenceUndeterminable, false, Mandatory, StaffChoice },
        { MupesDivnogorsk, SpamAdvertisingCharity, false, Mandatory, StaffChoice },
        { MupesDivnogorsk, CallsToBreakLaw, false, Mandatory, StaffChoice },
        { MupesDivnogorsk, CourtMatter, false, Mandatory, StaffChoice },
        { MupesDivnogorsk, OutOfCompetence, true, Mandatory, Required },
        { MupesDivnogorsk, UnsupportedLanguage, false, Mandatory, StaffChoice },

        { Tatenergosbyt, Anonymous, true, Mandatory, RegisteredNotAnswered },
        { Tatenergosbyt, ObsceneLanguage, true, Discretionary, StaffChoice },
        { Tatenergosbyt, Threats, true, Discretionary, StaffChoice },
        { Tatenergosbyt, RepeatedQuestion, true, Discretionary, NoAnswer },
        { Tatenergosbyt, Illegible, false, Mandatory, StaffChoice },
        { Tatenergosbyt, NoContactData, true, Discretionary, NoAnswer },
        { Tatenergosbyt, TradeSecret, false, Mandatory, StaffChoice },
        { Tatenergosbyt, EssenceUndeterminable, false, Mandatory, StaffChoice },
        { Tatenergosbyt, SpamAdvertisingCharity, true, Discretionary, NoAnswer },
        { Tatenergosbyt, CallsToBreakLaw, false, Mandatory, StaffChoice },
        { Tatenergosbyt, CourtMatter, false, Mandatory, StaffChoice },
        { Tatenergosbyt, OutOfCompetence, true, Discretionary, StaffChoice },
        { Tatenergosbyt, UnsupportedLanguage, true, Discretionary, NoAnswer },

        { KrcPetrozavodsk, Anonymous, false, Mandatory, StaffChoice },
        { KrcPetrozavodsk, ObsceneLanguage, true, Mandatory, Required },
        { KrcPetrozavodsk, Threats, true, Mandatory, Required },
        { KrcPetrozavodsk, RepeatedQuestion, true, Mandatory, Required },
        { KrcPetrozavodsk, Illegible, true, Mandatory, RequiredWhenContactsReadable },
        { KrcPetrozavodsk, NoContactData, true, Mandatory, NoAnswer },
        { KrcPetrozavodsk, TradeSecret, true, Mandatory, Required },
        { KrcPetrozavodsk, EssenceUndeterminable, true, Mandatory, Required },
        { KrcPetrozavodsk, SpamAdvertisingCharity, false, Mandatory, StaffChoice },
        { KrcPetrozavodsk, CallsToBreakLaw, false, Mandatory, StaffChoice },
        { KrcPetrozavodsk, CourtMatter, true, Mandatory, Required },
        { KrcPetrozavodsk, OutOfCompetence, true, Mandatory, Required },
        { KrcPetrozavodsk, UnsupportedLanguage, false, Mandatory, StaffChoice },

        { Astanaenergosbyt, Anonymous, true, Mandatory, NoAnswer },
        { Astanaenergosbyt, ObsceneLanguage, true, Mandatory, StaffChoice },
        { Astanaenergosbyt, Threats, true, Mandatory, StaffChoice },
        { Astanaenergosbyt, RepeatedQuestion, true, Mandatory, StaffChoice },
        { Astanaenergosbyt, Illegible, true, Mandatory, StaffChoice },
        { Astanaenergosbyt, NoContactData, true, Mandatory, NoAnswer },
        { Astanaenergosbyt, TradeSecret, true, Mandatory, StaffChoice },
        { Astanaenergosbyt, EssenceUndeterminable, true, Mandatory, NoAnswer },
        { Astanaenergosbyt, SpamAdvertisingCharity, false, Mandatory, StaffChoice },
        { Astanaenergosbyt, CallsToBreakLaw, false, Mandatory, StaffChoice },
        { Astanaenergosbyt, CourtMatter, false, Mandatory, StaffChoice },
        { Astanaenergosbyt, OutOfCompetence, false, Mandatory, StaffChoice },
        { Astanaenergosbyt, UnsupportedLanguage, false, Mandatory, StaffChoice },
    };

    /// <summary>§5 channel columns: 003 website and phone, 004 complaint book and phone.</summary>
    public static TheoryData<string, Channel, NonConsiderationGround, bool, Discretion, ApplicantNotice> ChannelTable => new()
    {
        { KrcPetrozavodsk, Channel.WebForm, Anonymous, true, Mandatory, NoAnswer },
        { KrcPetrozavodsk, Channel.WebForm, ObsceneLanguage, true, Mandatory, StaffChoice },
        { KrcPetrozavodsk, Channel.WebForm, NoContactData, true, Discretionary, NoAnswer },
        { KrcPetrozavodsk, Channel.WebForm, EssenceUndeterminable, true, Mandatory, Required },
        { KrcPetrozavodsk, Channel.WebForm, SpamAdvertisingCharity, true, Mandatory, StaffChoice },
        { KrcPetrozavodsk, Channel.WebForm, CallsToBreakLaw, true, Mandatory, StaffChoice },
        { KrcPetrozavodsk, Channel.WebForm, Threats, true, Mandatory, Required },
        { KrcPetrozavodsk, Channel.Phone, ObsceneLanguage, true, Discretionary, Required },
        { KrcPetrozavodsk, Channel.Phone, Threats, true, Discretionary, Required },
        { KrcPetrozavodsk, Channel.Phone, RepeatedQuestion, true, Discretionary, Required },
        { KrcPetrozavodsk, Channel.Post, SpamAdvertisingCharity, false, Mandatory, StaffChoice },
        { Astanaenergosbyt, Channel.ComplaintBook, Anonymous, false, Mandatory, StaffChoice },
        { Astanaenergosbyt, Channel.ComplaintBook, NoContactData, false, Mandatory, StaffChoice },
        { Astanaenergosbyt, Channel.ComplaintBook, OutOfCompetence, true, Discretionary, StaffChoice },
        { Astanaenergosbyt, Channel.ComplaintBook, ObsceneLanguage, true, Mandatory, StaffChoice },
        { Astanaenergosbyt, Channel.Phone, ObsceneLanguage, true, Mandatory, Required },
        { Astanaenergosbyt, Channel.Post, Anonymous, true, Mandatory, NoAnswer },
    };

    [Theory]
    [MemberData(nameof(GeneralTable))]
    public void General_rule_matches_the_seed_table(string organization, NonConsiderationGround ground, bool applies, Discretion discretion, ApplicantNotice notice)
    {
        // Post has no variant anywhere, so it shows the general column.
        var rule = OrganizationPolicies.For(organization).For(ground, Channel.Post);

        Assert.Equal(applies, rule.Applies);
        if (applies)
        {
            Assert.Equal(discretion, rule.Discretion);
            Assert.Equal(notice, rule.Notice);
        }
    }

    [Theory]
    [MemberData(nameof(ChannelTable))]
    public void Channel_variant_matches_the_seed_table(string organization, Channel channel, NonConsiderationGround ground, bool applies, Discretion discretion, ApplicantNotice notice)
    {
        var rule = OrganizationPolicies.For(organization).For(ground, channel);

        Assert.Equal(applies, rule.Applies);
        if (applies)
        {
            Assert.Equal(discretion, rule.Discretion);
            Assert.Equal(notice, rule.Notice);
        }
    }

    [Fact]
    public void Every_rule_cites_its_organizations_seed()
    {
        var prefixes = new Dictionary<string, string>
        {
            [MupesDivnogorsk] = "001", [Tatenergosbyt] = "002", [KrcPetrozavodsk] = "003", [Astanaenergosbyt] = "004",
        };
        foreach (var (organization, prefix) in prefixes)
        {
            var rules = OrganizationPolicies.For(organization);
            foreach (var ground in Enum.GetValues<NonConsiderationGround>())
            {
                foreach (var channel in Enum.GetValues<Channel>())
                {
                    var rule = rules.For(ground, channel);
                    Assert.StartsWith(prefix, rule.Source);
                    Assert.Equal(ground, rule.Ground);
                    if (rule.Applies)
                    {
                        Assert.Matches(@"\(L\d+", rule.Source);
                    }
                }
            }
        }
    }

    [Fact]
    public void Threats_go_to_the_security_unit_wherever_they_apply()
    {
        foreach (var organization in OrganizationPolicies.Organizations)
        {
            foreach (var channel in Enum.GetValues<Channel>())
            {
                var rule = OrganizationPolicies.For(organization).For(Threats, channel);
                Assert.True(rule.Applies);
                Assert.Equal(RouteTarget.SecurityUnit, rule.RouteTo);
                Assert.Equal(RouteCondition.Always, rule.RouteCondition);
            }
        }
    }

    [Fact]
    public void Astana_forwards_anonymous_crime_reports_to_state_bodies_only_on_condition()
    {
        var rule = OrganizationPolicies.For(Astanaenergosbyt).For(Anonymous, Channel.WebForm);

        Assert.Equal(RouteTarget.StateBodies, rule.RouteTo);
        Assert.Equal(RouteCondition.CrimeOrStateSecurityReport, rule.RouteCondition);
    }

    [Fact]
    public void Krc_court_and_competence_notices_carry_their_deadlines_and_contents()
    {
        var rules = OrganizationPolicies.For(KrcPetrozavodsk);

        var court = rules.For(CourtMatter, Channel.Post);
        Assert.Equal(new NoticeDeadline(7, DayType.Unspecified), court.NoticeDeadline);
        Assert.Contains("обжалования", court.NoticeMustContain);

        var competence = rules.For(OutOfCompetence, Channel.WebForm);
        Assert.Equal(new NoticeDeadline(5, DayType.Working), competence.NoticeDeadline);
        Assert.Contains("контактные данные", competence.NoticeMustContain);
    }

    [Fact]
    public void A_policy_missing_a_ground_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new NonConsiderationRules("x", [NonConsiderationRule.NotApplicable(Anonymous, "x")]));

        Assert.Contains(nameof(Threats), error.Message);
    }

    [Fact]
    public void An_unknown_organization_has_no_policy()
    {
        Assert.False(OrganizationPolicies.TryGet("nobody", out _));
        Assert.Throws<ArgumentException>(() => OrganizationPolicies.For("nobody"));
    }
}
