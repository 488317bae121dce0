using CustomerService.Functions.Features.Appeals.Model;
using static CustomerService.Functions.Features.Appeals.Model.NonConsiderationGround;

using CustomerService.Functions.Features.Appeals.Organizations;

namespace CustomerService.Functions.Features.Appeals.Screening.Rules;

/// <summary>001 МУПЭС г. Дивногорска: Гл.2 §2 пп.5–6 (L348–357) and Прил.2 п.7.1 (L1067).</summary>
internal static class MupesDivnogorskPolicy
{
    public static NonConsiderationRules Create() => new(OrganizationIds.MupesDivnogorsk,
    [
        // §5 table: «not named as such (covered by "no contact data")» — an appeal without a name but
        // with contacts is answered; without contacts the NoContactData rule applies.
        NonConsiderationRule.NotApplicable(Anonymous, "001: not named; covered by п.6 «не указаны контактные данные» (L354)"),

        // «не рассматривается и ответ на обращение не дается … нецензурные либо оскорбительные выражения» (L355).
        new() { Ground = ObsceneLanguage, Applies = true, Notice = ApplicantNotice.NoAnswer, Source = "001 Гл.2 §2 п.6 (L355)" },

        // Same bullet (L355): threats to life, health and property of staff and their families. The security
        // routing is issue #3's requirement for every organization (only 003 names it in its text, L754).
        new()
        {
            Ground = Threats, Applies = true, Notice = ApplicantNotice.NoAnswer, RouteTo = RouteTarget.SecurityUnit,
            Source = "001 Гл.2 §2 п.6 (L355); routing: issue #3 item 3",
        },

        // Question already answered on the merits, no new arguments: not considered, no answer (L357).
        new() { Ground = RepeatedQuestion, Applies = true, Notice = ApplicantNotice.NoAnswer, Source = "001 Гл.2 §2 п.6 (L357)" },

        // «не производятся действия, но клиент уведомляется: … текст … не поддается прочтению» (L348–350).
        new() { Ground = Illegible, Applies = true, Notice = ApplicantNotice.Required, Source = "001 Гл.2 §2 п.5 (L350)" },

        // «не рассматривается и ответ … не дается: если … не указаны контактные данные» (L354).
        new() { Ground = NoContactData, Applies = true, Notice = ApplicantNotice.NoAnswer, Source = "001 Гл.2 §2 п.6 (L354)" },

        // «не производятся действия, но клиент уведомляется: … коммерческую тайну» (L348, L352).
        new() { Ground = TradeSecret, Applies = true, Notice = ApplicantNotice.Required, Source = "001 Гл.2 §2 п.5 (L352)" },

        NonConsiderationRule.NotApplicable(EssenceUndeterminable, "001: not named (§5 table «—»)"),
        NonConsiderationRule.NotApplicable(SpamAdvertisingCharity, "001: not named (§5 table «—»)"),
        NonConsiderationRule.NotApplicable(CallsToBreakLaw, "001: not named (§5 table «—»)"),
        NonConsiderationRule.NotApplicable(CourtMatter, "001: not named (§5 table «—»)"),

        // Прил.2 п.7.1 (L1067): the answer thanks the client and says no answer can be given because the
        // question is outside the organization's services. Written for the interactive (web) algorithm;
        // applied to every channel because the seed gives no other treatment.
        new() { Ground = OutOfCompetence, Applies = true, Notice = ApplicantNotice.Required, Source = "001 Прил.2 п.7.1 (L1067)" },

        NonConsiderationRule.NotApplicable(UnsupportedLanguage, "001: not named (§5 table «—»)"),
    ]);
}
