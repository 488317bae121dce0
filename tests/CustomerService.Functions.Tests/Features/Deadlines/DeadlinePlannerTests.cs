using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Features.Deadlines.Calendars;
using CustomerService.Functions.Features.Deadlines.Planning;
using CustomerService.Functions.Features.Deadlines.Policies;
using static CustomerService.Functions.Tests.Features.Deadlines.PlanningFacts;

namespace CustomerService.Functions.Tests.Features.Deadlines;

public sealed class DeadlinePlannerTests
{
    private const string A = OrganizationIds.Astanaenergosbyt, T = OrganizationIds.Tatenergosbyt, K = OrganizationIds.KrcPetrozavodsk;
    private static readonly DeadlinePlanner Planner = DeadlinePlanner.Shipped();

    [Fact]
    public void Explanation_names_the_rule_clock_start_days_counted_holidays_skipped_and_the_art_193_move()
    {
        // 002: post, registered Fri 6 Feb 2026 → +30 calendar days = Sun 8 March (holiday) → Tue 10 March.
        var plan = Planner.Plan(Facts(T, AppealKind.Claim, Channel.Post, "2026-02-06T15:30"));
        var e = plan.Explanation;

        Assert.Equal("D-002-13: Письменное обращение: регистрация не более 1 календарного дня, ответ не более 30 календарных дней", e.Rule);
        Assert.Contains("002 §68", e.Source);
        Assert.Contains("D-002-11", e.Source);
        Assert.StartsWith("со дня регистрации: 06.02.2026 15:30 (Europe/Moscow)", e.ClockStart);
        Assert.Equal(30, e.DaysCounted);
        Assert.StartsWith("календарные дни", e.DayType);
        Assert.Equal([D("2026-03-08"), D("2026-03-09")], e.NonWorkingDaysSkipped);
        Assert.Equal("Срок истекал 08.03.2026 (Международный женский день) — нерабочий день; перенесён на 10.03.2026, следующий рабочий день (ст. 193 ГК РФ).", e.MovedOffNonWorkingDay);
        Assert.Empty(e.ExtensionsApplied);
        Assert.Equal(new DateTimeOffset(2026, 3, 10, 23, 59, 59, TimeSpan.FromHours(3)), plan.Due);
    }

    [Fact]
    public void Milestones_remind_escalate_up_the_ladder_and_mark_the_breach_in_time_order()
    {
        var plan = Planner.Plan(Facts(A, AppealKind.Claim, Channel.Post, "2025-03-19T10:00")); // due 14 April 2025
        Assert.Equal(["remind-3", "remind-1", "escalate-head-of-unit", "escalate-director", "breach"], plan.Milestones.Select(m => m.Id));
        Assert.Equal(new DateTimeOffset(2025, 4, 11, 9, 0, 0, TimeSpan.FromHours(5)), plan.Milestones[0].At);
        Assert.Equal(EscalationStep.HeadOfUnit, plan.Milestones[2].EscalateTo);
        Assert.Equal(MilestoneAction.Escalate, plan.Milestones[3].Action);
        Assert.Equal((MilestoneAction.MarkBreached, plan.Due), (plan.Milestones[4].Action, plan.Milestones[4].At));
        Assert.Equal(plan.Milestones.OrderBy(m => m.At).Select(m => m.Id), plan.Milestones.Select(m => m.Id));
    }

    [Fact]
    public void Two_tiers_give_a_target_due_date_and_a_hard_limit_where_the_breach_is_marked()
    {
        var plan = Planner.Plan(Facts(K, AppealKind.Complaint, Channel.Post, "2026-03-02T10:00"));
        Assert.Equal((D("2026-03-10"), D("2026-04-01")), (Date(plan.Due, K), Date(plan.HardLimit!.Value, K)));
        Assert.Equal(plan.HardLimit, plan.Milestones.Single(m => m.Action == MilestoneAction.MarkBreached).At);
        Assert.Contains(plan.Explanation.Notes!, n => n.StartsWith("Два уровня", StringComparison.Ordinal));
    }

    [Fact]
    public void Extension_of_004_is_limited_to_30_calendar_days_once_with_an_allowed_reason_and_a_3_day_notice()
    {
        var facts = Facts(A, AppealKind.Claim, Channel.Post, "2025-03-19T10:00");
        var at = Local(A, "2025-04-10T16:00");

        var ok = Planner.CheckExtension(facts, 30, ExtensionReasons.AdditionalStudy, at);
        Assert.True(ok.Allowed);
        Assert.Equal(D("2025-05-14"), Date(ok.Plan!.Due, A));
        Assert.Equal(new DateTimeOffset(2025, 4, 13, 23, 59, 59, TimeSpan.FromHours(5)), ok.Plan.ExtensionNoticeDueBy);
        Assert.Contains(ok.Plan.Milestones, m => m is { Id: "notify-extension-1", Action: MilestoneAction.NotifyApplicant } && m.At == at);
        Assert.Contains(ok.Plan.Explanation.ExtensionsApplied, l => l.Contains("уведомить о продлении до 13.04.2025", StringComparison.Ordinal));

        var tooLong = Planner.CheckExtension(facts, 31, "holiday-season", at);
        Assert.False(tooLong.Allowed);
        Assert.Null(tooLong.Plan);
        Assert.Equal(["days", "reason"], tooLong.Problems.Keys.Order());
        Assert.Contains("30 календарных дней", tooLong.Problems["days"]);

        var twice = Planner.CheckExtension(facts with { Extensions = [new(10, ExtensionReasons.FieldCheck, at, "")] }, 5, ExtensionReasons.FieldCheck, at);
        Assert.Equal(["extension"], twice.Problems.Keys);
    }

    [Fact]
    public void A_rule_without_extensions_refuses_one()
    {
        var check = Planner.CheckExtension(Facts(K, AppealKind.Claim, Channel.Post, "2026-04-24T10:00", condition: DeadlineCondition.CourtDecision), 5, ExtensionReasons.Exceptional, Local(K, "2026-04-27T10:00"));
        Assert.Equal("Правило D-003-31 не предусматривает продления срока.", Assert.Single(check.Problems).Value);
    }

    [Fact]
    public void An_appeal_keeps_the_policy_version_it_was_registered_under()
    {
        var v1 = ShippedPolicies.All.Single(p => p.OrganizationId == A);
        var v2 = v1 with { Version = "2027.1", EffectiveFrom = new DateOnly(2025, 4, 1), Rules = [v1.Rules[^1] with { Limit = v1.Rules[^1].Limit with { Value = 10 } }] };
        var planner = new DeadlinePlanner(new DeadlinePolicyCatalog([v1, v2]), new Dictionary<string, WorkingCalendar> { [A] = Planner.CalendarOf(A) });

        var registeredInMarch = Facts(A, AppealKind.Claim, Channel.Post, "2025-03-19T10:00");
        Assert.Equal(("2026.1", D("2025-04-14")), (planner.Plan(registeredInMarch).PolicyVersion, Date(planner.Plan(registeredInMarch).Due, A)));
        Assert.Equal("2027.1", planner.Plan(Facts(A, AppealKind.Claim, Channel.Post, "2025-04-02T10:00")).PolicyVersion);
        Assert.Equal("2026.1", planner.Plan(Facts(A, AppealKind.Claim, Channel.Post, "2025-04-02T10:00") with { PolicyVersion = "2026.1" }).PolicyVersion);
        var unknown = Assert.Throws<DeadlinePolicyException>(() => planner.Plan(registeredInMarch with { PolicyVersion = "1999.1" }));
        Assert.Contains("1999.1", unknown.Message);
    }

    [Fact]
    public void Pauses_shift_the_deadline_only_where_the_rule_allows_and_an_open_pause_stops_the_milestones()
    {
        var policy = ShippedPolicies.All.Single(p => p.OrganizationId == A);
        var pausable = policy with { Rules = [.. policy.Rules.Select(r => r with { PauseAllowed = true })] };
        var planner = new DeadlinePlanner(new DeadlinePolicyCatalog([pausable]), new Dictionary<string, WorkingCalendar> { [A] = Planner.CalendarOf(A) });
        var closed = Facts(A, AppealKind.Claim, Channel.Post, "2025-03-19T10:00", pauses: [new(Local(A, "2025-03-26T10:00"), Local(A, "2025-03-28T10:00"))]);

        var plan = planner.Plan(closed);
        Assert.Equal(D("2025-04-16"), Date(plan.Due, A)); // two working days later than 14 April
        Assert.Contains("сдвинут на 2 рабочих дня", Assert.Single(plan.Explanation.PausesApplied));

        Assert.Equal(D("2025-04-14"), Date(Planner.Plan(closed).Due, A)); // shipped 004 does not allow pauses
        Assert.Contains("не допускает", Assert.Single(Planner.Plan(closed).Explanation.PausesApplied));

        var open = planner.Plan(closed with { Pauses = [new(Local(A, "2025-03-26T10:00"), null)] });
        Assert.Empty(open.Milestones);
    }

    [Fact]
    public void A_year_without_a_production_calendar_is_named_in_the_notes()
    {
        var plan = Planner.Plan(Facts(A, AppealKind.Claim, Channel.Post, "2025-12-24T10:00"));
        Assert.Contains(plan.Explanation.Notes!, n => n.Contains("2026 год не загружен", StringComparison.Ordinal));
        Assert.Contains(D("2025-12-16"), Planner.Plan(Facts(A, AppealKind.Claim, Channel.Post, "2025-12-10T10:00")).Explanation.NonWorkingDaysSkipped);
    }

    [Fact]
    public void Sent_clock_falls_back_to_receipt_and_says_so()
    {
        var plan = Planner.Plan(Facts(K, AppealKind.InformationRequest, Channel.WebForm, "2026-02-13T10:00"));
        Assert.StartsWith("со дня поступления (дата отправки неизвестна)", plan.Explanation.ClockStart);
        Assert.Contains("«дней» без уточнения", plan.Explanation.DayType);
    }

    [Fact]
    public void Policies_quote_the_profiles_promises_and_no_policy_counts_unspecified_days()
    {
        foreach (var policy in ShippedPolicies.All)
        {
            Assert.Same(OrganizationProfiles.Find(policy.OrganizationId)!.Promises, policy.Promises);
            Assert.All(policy.Rules, r => Assert.NotEqual(DayType.Unspecified, r.Limit.DayType));
            Assert.Equal(policy.Rules.Count, policy.Rules.Select(r => r.Id).Distinct().Count());
            Assert.Contains(policy.Rules, r => r.Match == new RuleMatch()); // a general rule catches every appeal
        }
    }

    [Fact]
    public void Promise_on_the_calendar_skips_the_new_year_holidays_and_moves_off_a_day_off()
    {
        var calendar = Planner.CalendarOf(OrganizationIds.MupesDivnogorsk);
        var registered = Local(OrganizationIds.MupesDivnogorsk, "2025-12-30T12:00");
        Assert.Equal(D("2026-01-12"), PromiseCalculator.PromisedBy(registered, calendar, new AnswerPromise(1, DayType.Working, "")));
        Assert.Equal(D("2026-01-12"), PromiseCalculator.PromisedBy(registered, calendar.TimeZone, new AnswerPromise(3, DayType.Calendar, ""), calendar)); // 2 Jan → 12 Jan
        Assert.Equal(D("2026-01-02"), PromiseCalculator.PromisedBy(registered, calendar.TimeZone, new AnswerPromise(3, DayType.Calendar, ""), null));
        Assert.Contains("по производственному календарю", PromiseCalculator.Basis(new AnswerPromise(14, DayType.Working, ""), calendar, registered));
        Assert.Contains("пн–пт", PromiseCalculator.Basis(new AnswerPromise(14, DayType.Working, ""), calendar, Local(OrganizationIds.MupesDivnogorsk, "2026-12-28T12:00")));
    }
}
