using CustomerService.Functions.Features.Appeals.Model;

namespace CustomerService.Functions.Features.Appeals.Screening;

/// <summary>Russian names of the grounds for staff messages and notices.</summary>
public static class GroundNames
{
    public static string Russian(NonConsiderationGround ground) => ground switch
    {
        NonConsiderationGround.Anonymous => "анонимное обращение",
        NonConsiderationGround.ObsceneLanguage => "нецензурные или оскорбительные выражения",
        NonConsiderationGround.Threats => "угрозы жизни, здоровью и имуществу",
        NonConsiderationGround.RepeatedQuestion => "повторный вопрос без новых доводов",
        NonConsiderationGround.NoContactData => "нет контактных данных",
        NonConsiderationGround.Illegible => "текст не поддаётся прочтению",
        NonConsiderationGround.EssenceUndeterminable => "суть обращения не определяется",
        NonConsiderationGround.TradeSecret => "ответ требует разглашения охраняемой тайны",
        NonConsiderationGround.SpamAdvertisingCharity => "спам, реклама, просьба о благотворительности",
        NonConsiderationGround.CallsToBreakLaw => "призывы к нарушению закона",
        NonConsiderationGround.CourtMatter => "вопрос, относящийся к суду",
        NonConsiderationGround.OutOfCompetence => "вопрос вне компетенции организации",
        NonConsiderationGround.UnsupportedLanguage => "обращение не на языке организации",
        _ => throw new ArgumentOutOfRangeException(nameof(ground), ground, null),
    };
}
