using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Features.Appeals.Screening.Text;

namespace CustomerService.Functions.Features.Appeals.Screening.Checks;

/// <summary>
/// Illegible text (mostly symbols, broken encoding, random sequences) and text whose essence cannot be
/// determined (empty, no letters, or fewer than two meaningful words). Illegible wins: the two are not
/// suggested together.
/// </summary>
internal static class LegibilityCheck
{
    private const int MinimumMeaningfulWords = 2;

    /// <summary>Greetings and fillers that carry no question.</summary>
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "здравствуйте", "добрый", "день", "вечер", "утро", "привет", "помогите", "пожалуйста", "вопрос", "спасибо",
        "тест", "проверка", "срочно", "ответьте", "ответ", "жду", "hello", "test", "please", "help",
    };

    public static IEnumerable<Finding> Run(ScreeningText text, ScreeningInput input)
    {
        var illegible = Illegible(text);
        if (illegible is not null)
        {
            yield return illegible;
            yield break;
        }

        var meaningful = text.Words.Where(word => word.Length >= 3 && !Filler.Contains(word)).ToList();
        if (meaningful.Count < MinimumMeaningfulWords)
        {
            yield return new Finding(
                NonConsiderationGround.EssenceUndeterminable, meaningful.Count == 0 ? Confidence.High : Confidence.Medium,
                "Суть обращения не изложена: текст слишком короткий или не содержит вопроса.",
                Evidence.Of($"значимых слов: {meaningful.Count}", $"символов: {text.Raw.Trim().Length}"));
        }
    }

    private static Finding? Illegible(ScreeningText text)
    {
        var visible = text.Raw.Where(c => !char.IsWhiteSpace(c)).ToList();
        var legible = visible.Count(char.IsLetterOrDigit);
        if (visible.Count >= 12 && legible < visible.Count / 2)
        {
            return Finding(Confidence.High, "Текст состоит в основном из символов, не являющихся буквами или цифрами.", $"букв и цифр: {legible} из {visible.Count}");
        }

        var letters = visible.Where(char.IsLetter).ToList();
        var broken = letters.Count(c => c is >= '\u00C0' and <= '\u00FF' || c == '\uFFFD');
        if (letters.Count >= 8 && broken * 10 >= letters.Count * 3)
        {
            return Finding(Confidence.High, "Текст в нарушенной кодировке.", $"искажённых символов: {broken} из {letters.Count}");
        }

        var longWords = text.Words.Where(word => word.Length >= 4).ToList();
        var random = longWords.Where(Gibberish.IsGibberish).ToList();
        return longWords.Count >= 2 && random.Count * 2 >= longWords.Count
            ? Finding(Confidence.Medium, "Текст похож на случайный набор символов.", $"бессмысленных слов: {random.Count} из {longWords.Count}", random[0])
            : null;
    }

    private static Finding Finding(Confidence confidence, string reason, params string[] evidence) =>
        new(NonConsiderationGround.Illegible, confidence, reason, Evidence.Of(evidence));
}
