using CustomerService.Functions.Features.Appeals.Model;
using static CustomerService.Functions.Features.Appeals.Model.NonConsiderationGround;

using CustomerService.Functions.Features.Appeals.Organizations;

namespace CustomerService.Functions.Features.Appeals.Screening.Rules;

/// <summary>
/// 003 ООО «КРЦ Петрозаводск»: general rules of §6.1 (L707–756), website variants of §5.7.2
/// (L634–650), phone variants of §5.6.5 (L504–509).
/// </summary>
internal static class KrcPetrozavodskPolicy
{
    public static NonConsiderationRules Create() => new NonConsiderationRules(OrganizationIds.KrcPetrozavodsk,
    [
        // §6.1 names no anonymity ground; an appeal without the contact data needed for an answer is not
        // considered without notice (L752), which the NoContactData rule covers.
        NonConsiderationRule.NotApplicable(Anonymous, "003 §6.1: covered by «отсутствуют контактные данные» (L752)"),

        // §6.1а: «Рассмотрение обращения не производится (с уведомлением …)» — obscene or offensive (L740–742).
        new() { Ground = ObsceneLanguage, Applies = true, Notice = ApplicantNotice.Required, Source = "003 §6.1а (L742)" },

        // §6.1а (L742) with notice; «направляется в подразделение безопасности» (L754).
        new()
        {
            Ground = Threats, Applies = true, Notice = ApplicantNotice.Required, RouteTo = RouteTarget.SecurityUnit,
            Source = "003 §6.1а (L742), security unit (L754)",
        },

        // §6.1б: repeated question already answered on the merits, no new arguments; with notice (L744).
        new() { Ground = RepeatedQuestion, Applies = true, Notice = ApplicantNotice.Required, Source = "003 §6.1б (L744)" },

        // §6.1г: notified if surname and postal address are readable (L748); otherwise no notice (L752).
        new()
        {
            Ground = Illegible, Applies = true, Notice = ApplicantNotice.RequiredWhenContactsReadable,
            Source = "003 §6.1г (L748), (L752)",
        },

        // «(без уведомления потребителя) … отсутствуют контактные данные, необходимые для направления ответа» (L752).
        new() { Ground = NoContactData, Applies = true, Notice = ApplicantNotice.NoAnswer, Source = "003 §6.1 (L752)" },

        // §6.1в: commercial or other legally protected secret; with notice (L746).
        new() { Ground = TradeSecret, Applies = true, Notice = ApplicantNotice.Required, Source = "003 §6.1в (L746)" },

        // §6.1д: the essence of the proposal, statement or complaint cannot be determined; with notice (L750).
        new() { Ground = EssenceUndeterminable, Applies = true, Notice = ApplicantNotice.Required, Source = "003 §6.1д (L750)" },

        NonConsiderationRule.NotApplicable(SpamAdvertisingCharity, "003 §6.1: not named; website only (L650)"),
        NonConsiderationRule.NotApplicable(CallsToBreakLaw, "003 §6.1: not named; website only (L634)"),

        // §6.1в (answer terms): an appeal against a court decision «возвращается клиенту с разъяснением порядка
        // обжалования … в течение 7 дней со дня регистрации» (L709); the text does not say calendar or working.
        // A matter pending in court is also «не фиксируется как жалоба» (L756): the same ground, staff explain.
        new()
        {
            Ground = CourtMatter, Applies = true, Notice = ApplicantNotice.Required,
            NoticeDeadline = new NoticeDeadline(7, DayType.Unspecified),
            NoticeMustContain = "разъяснение порядка обжалования судебного решения",
            Source = "003 §6.1в (L709), (L756)",
        },

        // §6.1б (answer terms): «не позднее 5 рабочих дней со дня регистрации … информирует клиента о невозможности
        // предоставления ему ответа» with the contacts of the competent organizations (L707).
        new()
        {
            Ground = OutOfCompetence, Applies = true, Notice = ApplicantNotice.Required,
            NoticeDeadline = new NoticeDeadline(5, DayType.Working),
            NoticeMustContain = "контактные данные организаций, к компетенции которых относится вопрос",
            Source = "003 §6.1б (L707)",
        },

        NonConsiderationRule.NotApplicable(UnsupportedLanguage, "003: not named (§5 table «—»)"),
    ])
        // Website (§5.7.2): «Ответы на анонимные вопросы и сообщения КРЦ не предоставляет» (L648).
        .WithVariant(new() { Ground = Anonymous, Applies = true, Notice = ApplicantNotice.NoAnswer, Source = "003 §5.7.2 (L648)" }, Channel.WebForm)
        // Website: messages with «ненормативную лексику, оскорбления» are not considered; the client was warned at
        // submission (L628, L634); the text does not say whether he is told again.
        .WithVariant(new() { Ground = ObsceneLanguage, Applies = true, Notice = ApplicantNotice.StaffChoice, Source = "003 §5.7.2 (L634)" }, Channel.WebForm)
        // Website: a wrong or false e-mail — the administrator MAY not answer (L644).
        .WithVariant(new()
        {
            Ground = NoContactData, Applies = true, Discretion = Discretion.Discretionary, Notice = ApplicantNotice.NoAnswer,
            Source = "003 §5.7.2 (L644)",
        }, Channel.WebForm)
        // Website: incomplete information is not considered (L634); a question «задан некорректно» — the client is
        // notified (L642).
        .WithVariant(new() { Ground = EssenceUndeterminable, Applies = true, Notice = ApplicantNotice.Required, Source = "003 §5.7.2 (L634, L642)" }, Channel.WebForm)
        // Website: «рекламные предложения и просьбы об оказании благотворительной помощи … не рассматриваются» (L650).
        .WithVariant(new() { Ground = SpamAdvertisingCharity, Applies = true, Notice = ApplicantNotice.StaffChoice, Source = "003 §5.7.2 (L650)" }, Channel.WebForm)
        // Website: «призывы к нарушению действующего законодательства не рассматриваются» (L634).
        .WithVariant(new() { Ground = CallsToBreakLaw, Applies = true, Notice = ApplicantNotice.StaffChoice, Source = "003 §5.7.2 (L634)" }, Channel.WebForm)
        // Phone (§5.6.5): the operator MAY end the call after warning the caller — the warning is the notice (L506).
        .WithVariant(new()
        {
            Ground = ObsceneLanguage, Applies = true, Discretion = Discretion.Discretionary, Notice = ApplicantNotice.Required,
            Source = "003 §5.6.5 (L506)",
        }, Channel.Phone)
        .WithVariant(new()
        {
            Ground = Threats, Applies = true, Discretion = Discretion.Discretionary, Notice = ApplicantNotice.Required,
            RouteTo = RouteTarget.SecurityUnit, Source = "003 §5.6.5 (L506), security unit (L754)",
        }, Channel.Phone)
        // Phone: the same question answered several times without new arguments; end the call after warning (L507–509).
        .WithVariant(new()
        {
            Ground = RepeatedQuestion, Applies = true, Discretion = Discretion.Discretionary, Notice = ApplicantNotice.Required,
            Source = "003 §5.6.5 (L507–509)",
        }, Channel.Phone);
}
