using CustomerService.Functions.Features.Appeals.Model;
using static CustomerService.Functions.Features.Appeals.Model.NonConsiderationGround;

using CustomerService.Functions.Features.Appeals.Organizations;

namespace CustomerService.Functions.Features.Appeals.Screening.Rules;

/// <summary>
/// 004 ТОО «Астанаэнергосбыт» (no paragraph numbers): «Действия … не производятся» (L91–99),
/// «не рассматривается и ответ не даётся» (L101–107), phone (L129), complaint book (L195–211).
/// </summary>
internal static class AstanaenergosbytPolicy
{
    public static NonConsiderationRules Create() => new NonConsiderationRules(OrganizationIds.Astanaenergosbyt,
    [
        // «На анонимное обращение [ответ не даётся], за исключением … сведения о готовящихся или совершенных
        // преступлениях либо об угрозе государственной или общественной безопасности» — forwarded to state bodies (L105).
        new()
        {
            Ground = Anonymous, Applies = true, Notice = ApplicantNotice.NoAnswer,
            RouteTo = RouteTarget.StateBodies, RouteCondition = RouteCondition.CrimeOrStateSecurityReport,
            Source = "004 «Заявление … не рассматривается» (L105)",
        },

        // «Действия по рассмотренному заявлению не производятся» — obscene or offensive (L91, L93); notice not stated.
        new() { Ground = ObsceneLanguage, Applies = true, Notice = ApplicantNotice.StaffChoice, Source = "004 (L93)" },

        // Same sentence (L93): threats to staff and their families. Routing: issue #3 item 3.
        new()
        {
            Ground = Threats, Applies = true, Notice = ApplicantNotice.StaffChoice, RouteTo = RouteTarget.SecurityUnit,
            Source = "004 (L93); routing: issue #3 item 3",
        },

        // «Действия … не производятся»: repeated question, no new arguments (L97).
        new() { Ground = RepeatedQuestion, Applies = true, Notice = ApplicantNotice.StaffChoice, Source = "004 (L97)" },

        // «Действия … не производятся»: text cannot be read (L95).
        new() { Ground = Illegible, Applies = true, Notice = ApplicantNotice.StaffChoice, Source = "004 (L95)" },

        // «не рассматривается и ответ не даётся: … не указаны контактные данные» (L101, L103).
        new() { Ground = NoContactData, Applies = true, Notice = ApplicantNotice.NoAnswer, Source = "004 (L103)" },

        // «Действия … не производятся»: commercial or other legally protected secret (L99).
        new() { Ground = TradeSecret, Applies = true, Notice = ApplicantNotice.StaffChoice, Source = "004 (L99)" },

        // «не рассматривается и ответ не даётся: … не изложена суть вопроса» (L107).
        new() { Ground = EssenceUndeterminable, Applies = true, Notice = ApplicantNotice.NoAnswer, Source = "004 (L107)" },

        NonConsiderationRule.NotApplicable(SpamAdvertisingCharity, "004: not named (§5 table «—»)"),
        NonConsiderationRule.NotApplicable(CallsToBreakLaw, "004: not named (§5 table «—»)"),
        NonConsiderationRule.NotApplicable(CourtMatter, "004: not named (§5 table «—»)"),
        NonConsiderationRule.NotApplicable(OutOfCompetence, "004: not named outside the complaint book (§5 table «—»)"),

        // «Ответ письма должен быть оформлен на том языке, на котором обратился потребитель» (L147): no rejection ground.
        NonConsiderationRule.NotApplicable(UnsupportedLanguage, "004: reply in the language of the appeal (L147)"),
    ])
        // Phone: the operator ends the call after telling the caller (L129) — the caller is told.
        .WithVariant(new() { Ground = ObsceneLanguage, Applies = true, Notice = ApplicantNotice.Required, Source = "004 (L129)" }, Channel.Phone)
        .WithVariant(new()
        {
            Ground = Threats, Applies = true, Notice = ApplicantNotice.Required, RouteTo = RouteTarget.SecurityUnit,
            Source = "004 (L129); routing: issue #3 item 3",
        }, Channel.Phone)
        // Complaint book: an entry without surname or address «не является основанием для оставления … без рассмотрения»;
        // it is considered and the result noted in the book (L201–211).
        .WithVariant(NonConsiderationRule.NotApplicable(Anonymous, "004 complaint book (L201–211)"), Channel.ComplaintBook)
        .WithVariant(NonConsiderationRule.NotApplicable(NoContactData, "004 complaint book (L203)"), Channel.ComplaintBook)
        // Complaint book: entries on matters unrelated to the company or with another legal procedure «не подлежат
        // обязательному рассмотрению» (L199).
        .WithVariant(new()
        {
            Ground = OutOfCompetence, Applies = true, Discretion = Discretion.Discretionary, Notice = ApplicantNotice.StaffChoice,
            Source = "004 complaint book (L199)",
        }, Channel.ComplaintBook);
}
