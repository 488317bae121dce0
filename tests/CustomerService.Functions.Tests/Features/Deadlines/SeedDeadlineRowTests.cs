using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Features.Deadlines.Planning;
using CustomerService.Functions.Features.Deadlines.Policies;
using static CustomerService.Functions.Tests.Features.Deadlines.PlanningFacts;
using Cond = CustomerService.Functions.Features.Deadlines.Planning.DeadlineCondition;

namespace CustomerService.Functions.Tests.Features.Deadlines;

/// <summary>
/// One case per SEED_REQUIREMENTS §4.1 row that applies to appeals: sample appeals across year
/// ends and public holidays, on the shipped policies and calendars. Dates are the organization's local dates.
/// </summary>
public sealed class SeedDeadlineRowTests
{
    private const string M = OrganizationIds.MupesDivnogorsk, T = OrganizationIds.Tatenergosbyt, K = OrganizationIds.KrcPetrozavodsk, A = OrganizationIds.Astanaenergosbyt;

    private static readonly DeadlinePlanner Planner = DeadlinePlanner.Shipped();

    /// <summary>Row; facts (org, kind, channel, condition, sent, received, registered, extension days:reason@local); expected rule, due, hard limit, registration-by.</summary>
    public static RowTable Rows => new()
    {
        // 001 МУПЭС (Asia/Krasnoyarsk)
        { "D-001-16", M, AppealKind.Complaint, Channel.Email, Cond.General, null, "2025-12-12T10:00", null, null, "D-001-16", "2026-01-12", null, null }, // +20 cd = 1 Jan → art. 193 → 12 Jan
        { "D-001-46", M, AppealKind.Complaint, Channel.WebForm, Cond.General, null, "2025-12-24T10:00", null, null, "D-001-46", "2026-01-23", null, null }, // 14 wd over 31 Dec and 1–11 Jan
        { "D-001-42", M, AppealKind.InformationRequest, Channel.WebForm, Cond.General, null, "2025-11-01T10:00", null, null, "D-001-42", "2025-11-01", "2025-11-05", null }, // working Saturday; 2–4 Nov off
        { "D-001-43", M, AppealKind.InformationRequest, Channel.WebForm, Cond.General, null, "2025-11-01T10:00", null, null, "D-001-42", "2025-11-01", "2025-11-05", null }, // same working day = target
        { "D-001-44", M, AppealKind.InformationRequest, Channel.WebForm, Cond.General, null, "2025-11-01T10:00", null, "2:specialist-date@2025-11-05T09:00", "D-001-42", "2025-11-07", null, null },
        { "D-001-45", M, AppealKind.ServiceRequest, Channel.WebForm, Cond.General, null, "2026-04-29T10:00", null, null, "D-001-45", "2026-05-07", null, null },
        { "D-001-41", M, AppealKind.Complaint, Channel.InPerson, Cond.General, null, "2026-02-18T10:00", null, null, "D-001-41", "2026-03-05", "2026-03-11", null },
        { "D-001-40", M, AppealKind.Complaint, Channel.InPerson, Cond.General, null, "2026-02-18T10:00", null, "10:third-party-request@2026-03-04T10:00", "D-001-41", "2026-03-11", null, null }, // 21-day cap wins
        { "D-001-07", M, AppealKind.ServiceRequest, Channel.Post, Cond.General, null, "2025-12-29T10:00", "2025-12-30T10:00", null, "D-001-08", "2026-01-12", "2026-01-19", "2025-12-30" },
        { "D-001-08", M, AppealKind.ServiceRequest, Channel.Post, Cond.General, null, "2025-12-29T10:00", "2025-12-30T10:00", null, "D-001-08", "2026-01-12", "2026-01-19", "2025-12-30" }, // 9 Jan is a transferred day off
        { "D-001-09", M, AppealKind.ServiceRequest, Channel.Post, Cond.General, null, "2025-12-29T10:00", "2025-12-30T10:00", "10:complex-case@2026-01-12T10:00", "D-001-08", "2026-01-19", null, "2025-12-30" },
        { "D-001-10", M, AppealKind.Claim, Channel.Post, Cond.General, null, "2025-12-29T10:00", "2025-12-30T10:00", null, "D-001-08", "2026-01-12", "2026-01-19", "2025-12-30" }, // specialist stage: inside 21 days
        { "D-001-11", M, AppealKind.Claim, Channel.Post, Cond.General, null, "2025-12-29T10:00", "2025-12-30T10:00", "10:complex-case@2026-01-12T10:00", "D-001-08", "2026-01-19", null, "2025-12-30" },
        { "D-001-12", M, AppealKind.Proposal, Channel.Post, Cond.General, null, "2025-12-29T10:00", "2025-12-30T10:00", "10:third-party-request@2026-01-12T10:00", "D-001-08", "2026-01-19", null, "2025-12-30" },
        { "D-001-15", M, AppealKind.InformationRequest, Channel.Email, Cond.General, null, "2025-06-10T10:00", null, null, "D-001-15", "2025-06-16", null, null }, // +5 = Sun 15 Jun → 16 Jun
        { "D-001-17", M, AppealKind.Proposal, Channel.InPerson, Cond.General, null, "2025-04-17T10:00", null, null, "D-001-17", "2025-05-05", null, null }, // +14 = 1 May → 5 May

        // 002 Татэнергосбыт (Europe/Moscow)
        { "D-002-11", T, AppealKind.Claim, Channel.Post, Cond.General, null, "2026-01-28T10:00", null, null, "D-002-13", "2026-02-27", null, "2026-01-29" },
        { "D-002-12", T, AppealKind.Claim, Channel.Post, Cond.General, null, "2026-01-28T10:00", null, null, "D-002-13", "2026-02-27", null, "2026-01-29" }, // no value in the seed: inside D-002-13
        { "D-002-13", T, AppealKind.Claim, Channel.Post, Cond.General, null, "2025-12-30T10:00", null, null, "D-002-13", "2026-01-29", null, "2026-01-12" }, // registration by 31 Dec (day off) → 12 Jan
        { "D-002-14", T, AppealKind.Claim, Channel.Post, Cond.NeedsThirdPartyOrInspection, null, "2026-02-06T10:00", null, "30:third-party-request@2026-03-02T10:00", "D-002-14", "2026-04-09", null, "2026-02-09" }, // 8 Mar → 10 Mar, +30
        { "D-002-16", T, AppealKind.Complaint, Channel.WebForm, Cond.General, null, "2026-04-09T10:00", null, null, "D-002-16", "2026-05-12", null, "2026-04-10" }, // 9 May → 12 May

        // 003 КРЦ Петрозаводск (Europe/Moscow)
        { "D-003-20", K, AppealKind.Proposal, Channel.WebForm, Cond.General, null, "2026-05-13T10:00", null, null, "D-003-20", "2026-06-15", null, null },
        { "D-003-21", K, AppealKind.InformationRequest, Channel.WebForm, Cond.General, "2026-02-10T20:00", "2026-02-13T10:00", null, null, "D-003-21", "2026-02-20", null, null }, // counted from sending
        { "D-003-22", K, AppealKind.InformationRequest, Channel.CustomerPortal, Cond.General, "2026-06-02T10:00", "2026-06-02T10:05", null, null, "D-003-21", "2026-06-15", null, null },
        { "D-003-23", K, AppealKind.Complaint, Channel.WebForm, Cond.General, "2026-10-05T10:00", "2026-10-06T10:00", null, null, "D-003-23", "2026-11-05", null, null }, // 4 Nov → 5 Nov
        { "D-003-29", K, AppealKind.Complaint, Channel.Post, Cond.General, null, "2026-03-02T10:00", null, null, "D-003-29", "2026-03-10", "2026-04-01", null }, // target 9 Mar (day off) → 10 Mar; max 30
        { "D-003-30", K, AppealKind.InformationRequest, Channel.Email, Cond.OutOfCompetence, null, "2025-12-29T10:00", null, null, "D-003-30", "2026-01-15", null, null },
        { "D-003-31", K, AppealKind.Claim, Channel.Post, Cond.CourtDecision, null, "2026-04-24T10:00", null, null, "D-003-31", "2026-05-04", null, null },
        { "D-003-32", K, AppealKind.Complaint, Channel.Post, Cond.CommunalServiceQuality, null, "2026-11-02T10:00", null, null, "D-003-32", "2026-11-06", null, null },
        { "D-003-33", K, AppealKind.InformationRequest, Channel.WebForm, Cond.General, "2026-12-21T10:00", "2026-12-21T10:00", null, null, "D-003-21", "2027-01-01", null, null }, // 31 Dec off; 2027 not shipped: Mon–Fri
        { "D-003-34", K, AppealKind.Complaint, Channel.Phone, Cond.General, null, "2026-09-10T10:00", null, null, "D-003-35", "2026-10-12", null, null },
        { "D-003-35", K, AppealKind.Complaint, Channel.Ivr, Cond.General, null, "2026-09-10T10:00", null, null, "D-003-35", "2026-10-12", null, null }, // 10 Oct Saturday → 12 Oct
        { "D-003-36", K, AppealKind.Claim, Channel.InPerson, Cond.General, null, "2025-02-21T10:00", null, null, "D-003-36", "2025-03-24", null, null },

        // 004 Астанаэнергосбыт (Asia/Almaty, Kazakh calendar 2025)
        { "D-004-08", A, AppealKind.Claim, Channel.WebForm, Cond.General, null, "2025-03-19T10:00", null, null, "D-004-11", "2025-04-14", null, "2025-03-19" },
        { "D-004-11", A, AppealKind.Claim, Channel.Post, Cond.General, null, "2025-03-19T10:00", null, null, "D-004-11", "2025-04-14", null, "2025-03-19" }, // 15 wd over Nauryz 21–25 March
        { "D-004-12", A, AppealKind.Complaint, Channel.Email, Cond.NeedsThirdPartyOrInspection, null, "2025-07-04T10:00", "2025-07-08T10:00", null, "D-004-12", "2025-08-04", null, "2025-07-04" }, // from receipt; 3 Aug Sunday
        { "D-004-13", A, AppealKind.Claim, Channel.Post, Cond.General, null, "2025-03-19T10:00", null, "30:additional-study@2025-04-10T10:00", "D-004-11", "2025-05-14", null, "2025-03-19" },
        { "D-004-14", A, AppealKind.Complaint, Channel.Phone, Cond.General, null, "2025-11-28T10:00", null, null, "D-004-11", "2025-12-22", null, "2025-11-28" }, // 16 Dec holiday
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Row_is_reproduced(string row, string org, AppealKind kind, Channel channel, Cond condition, string? sent, string received, string? registered,
        string? extension, string rule, string due, string? hard, string? registrationBy)
    {
        var facts = Facts(org, kind, channel, received, registered, sent, condition, extension is null ? null : [Extension(org, extension)]);
        var plan = Planner.Plan(facts);

        Assert.Equal(rule, plan.RuleId);
        Assert.Equal(D(due), Date(plan.Due, org));
        Assert.Equal(hard is null ? (DateOnly?)null : D(hard), plan.HardLimit is { } h ? Date(h, org) : null);
        if (registrationBy is not null) Assert.Equal(D(registrationBy), Date(plan.RegistrationDueBy!.Value, org));
        var policyRule = Planner.Policies.Resolve(org, null, D("2026-01-01")).Rules.Single(r => r.Id == rule);
        Assert.True(policyRule.Id == row || policyRule.CoveredRows.Contains(row) || policyRule.Extension?.RowId == row, $"{row} is not named by {rule}");
        Assert.Equal(ShippedPolicies.Version, plan.PolicyVersion);
        Assert.StartsWith(rule, plan.Explanation.Rule, StringComparison.Ordinal);
    }

    private static GrantedExtension Extension(string org, string text)
    {
        var (lengthAndReason, at) = (text.Split('@')[0], text.Split('@')[1]);
        var parts = lengthAndReason.Split(':');
        return new GrantedExtension(int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), parts[1], Local(org, at), "Иванова И. И.");
    }

    /// <summary>Theory rows wider than <c>TheoryData</c> allows.</summary>
    public sealed class RowTable : List<object?[]>
    {
        public new void Add(params object?[] row) => base.Add(row);
    }

    [Fact]
    public void Every_answer_rule_of_the_seed_table_is_named_by_a_shipped_rule()
    {
        var named = ShippedPolicies.All.SelectMany(p => p.Rules).SelectMany(r => new[] { r.Id, r.Extension?.RowId }.Concat(r.CoveredRows)).OfType<string>().ToHashSet();
        var tested = Rows.Select(r => (string)r[0]!).ToHashSet();
        Assert.Subset(named, tested);
        Assert.Subset(tested, named);
    }
}
