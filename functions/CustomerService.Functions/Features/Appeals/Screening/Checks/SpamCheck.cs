using System.Text.RegularExpressions;
using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Features.Appeals.Screening.Text;

namespace CustomerService.Functions.Features.Appeals.Screening.Checks;

/// <summary>
/// Spam, advertising and charity requests, scored: one signal alone (a link to a photo, «уберите рекламу
/// из квитанции») is an ordinary appeal; two signals are a suggestion, three or more a confident one.
/// </summary>
internal static class SpamCheck
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled;

    private static readonly Regex Link = new(
        @"https?://\S+|www\.\S+|\b[\w-]+\.(?:ru|com|net|org|рф|kz|info|biz|online|shop|site|xyz|top)\b", Options);

    /// <summary>Promotional and charity words; each distinct one counts once.</summary>
    private static readonly Regex Promotional = new(
        @"\b(?:скидк\w*|распродаж\w*|реклам\w*|акци(?:я|и|ю|ей)|выгодн\w*|предлагаем|предлагает|закажите|купите|спешите|успейте|гарантируем|промокод\w*|подписывайтесь|переходите|заработ\w*|казино|ставки|благотворительн\w*|сбор средств|на лечение|реквизиты для перевода)\b",
        Options);

    /// <summary>Phrases that are spam or a charity request on their own; they count twice.</summary>
    private static readonly Regex Strong = new(
        @"\b(?:коммерческое предложение|пожертв\w*|помогите собрать|оказать благотворительную помощь|оказании благотворительной помощи)\b", Options);

    public static IEnumerable<Finding> Run(ScreeningText text, ScreeningInput input)
    {
        var links = Link.Matches(text.Raw).Select(match => match.Value).ToList();
        var promotional = Promotional.Matches(text.Normalized).Select(match => match.Value).Distinct().ToList();
        var strong = Strong.Matches(text.Normalized).Select(match => match.Value).Distinct().ToList();
        var score = Math.Min(links.Count, 2) + promotional.Count + 2 * strong.Count;
        if (score < 2)
        {
            yield break;
        }

        yield return new Finding(
            NonConsiderationGround.SpamAdvertisingCharity, score >= 3 ? Confidence.High : Confidence.Medium,
            $"Признаки рекламы, спама или просьбы о благотворительной помощи (баллов: {score}).",
            Evidence.Of(strong.Concat(promotional).Concat(links)));
    }
}
