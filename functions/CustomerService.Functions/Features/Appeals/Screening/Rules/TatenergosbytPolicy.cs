using CustomerService.Functions.Features.Appeals.Model;
using static CustomerService.Functions.Features.Appeals.Model.NonConsiderationGround;

using CustomerService.Functions.Features.Appeals.Organizations;

namespace CustomerService.Functions.Features.Appeals.Screening.Rules;

/// <summary>002 АО «Татэнергосбыт»: §13в, §13д (L155, L159), §77 (L475–481), §78 (L483). Every §77 ground is «вправе».</summary>
internal static class TatenergosbytPolicy
{
    public static NonConsiderationRules Create() => new(OrganizationIds.Tatenergosbyt,
    [
        // §78: «Анонимные обращения регистрируются, но ответ на них не предоставляется» (L483): mandatory R.
        new() { Ground = Anonymous, Applies = true, Notice = ApplicantNotice.RegisteredNotAnswered, Source = "002 §78 (L483)" },

        // §13д: MAY refuse consideration on the merits (L159); §77: MAY not answer (L478). Whether the refusal
        // is communicated is left open by the two paragraphs, so staff choose.
        new()
        {
            Ground = ObsceneLanguage, Applies = true, Discretion = Discretion.Discretionary, Notice = ApplicantNotice.StaffChoice,
            Source = "002 §13д (L159), §77 (L478)",
        },

        // §13д (L159), §77 (L479): threats to staff, their families and the company; MAY. Routing: issue #3 item 3.
        new()
        {
            Ground = Threats, Applies = true, Discretion = Discretion.Discretionary, Notice = ApplicantNotice.StaffChoice,
            RouteTo = RouteTarget.SecurityUnit, Source = "002 §13д (L159), §77 (L479); routing: issue #3 item 3",
        },

        // §77 (L480, second half of the joined bullet): MAY not answer a repeated question without new arguments.
        new()
        {
            Ground = RepeatedQuestion, Applies = true, Discretion = Discretion.Discretionary, Notice = ApplicantNotice.NoAnswer,
            Source = "002 §77 (L480)",
        },

        NonConsiderationRule.NotApplicable(Illegible, "002: not named (§5 table «—»)"),

        // §77 (L477): MAY not answer when «ФИО, адрес места жительства» are missing.
        new()
        {
            Ground = NoContactData, Applies = true, Discretion = Discretion.Discretionary, Notice = ApplicantNotice.NoAnswer,
            Source = "002 §77 (L477)",
        },

        NonConsiderationRule.NotApplicable(TradeSecret, "002: not named (§5 table «—»)"),
        NonConsiderationRule.NotApplicable(EssenceUndeterminable, "002: not named (§5 table «—»)"),

        // §77 (L481): MAY not answer spam.
        new()
        {
            Ground = SpamAdvertisingCharity, Applies = true, Discretion = Discretion.Discretionary, Notice = ApplicantNotice.NoAnswer,
            Source = "002 §77 (L481)",
        },

        NonConsiderationRule.NotApplicable(CallsToBreakLaw, "002: not named (§5 table «—»)"),
        NonConsiderationRule.NotApplicable(CourtMatter, "002: not named (§5 table «—»)"),

        // §13в (L155): MAY refuse consideration on the merits if the question is outside the supplier's activity;
        // the text does not say whether the client is told.
        new()
        {
            Ground = OutOfCompetence, Applies = true, Discretion = Discretion.Discretionary, Notice = ApplicantNotice.StaffChoice,
            Source = "002 §13в (L155)",
        },

        // §77 (L480, first half): MAY not answer a text in neither official language of Tatarstan (Russian, Tatar).
        new()
        {
            Ground = UnsupportedLanguage, Applies = true, Discretion = Discretion.Discretionary, Notice = ApplicantNotice.NoAnswer,
            Source = "002 §77 (L480)",
        },
    ]);
}
