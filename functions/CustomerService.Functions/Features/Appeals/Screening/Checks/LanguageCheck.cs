using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Features.Appeals.Screening.Text;

namespace CustomerService.Functions.Features.Appeals.Screening.Checks;

/// <summary>A text in none of the organization's languages (002 §77: neither Russian nor Tatar).</summary>
internal static class LanguageCheck
{
    public static IEnumerable<Finding> Run(ScreeningText text, ScreeningInput input)
    {
        if (input.AllowedLanguages.Count == 0)
        {
            yield break;
        }

        var detected = LanguageDetector.Detect(text);
        if (detected is null || input.AllowedLanguages.Contains(detected.Code, StringComparer.OrdinalIgnoreCase))
        {
            yield break;
        }

        var known = detected.Code != "und";
        yield return new Finding(
            NonConsiderationGround.UnsupportedLanguage, known ? Confidence.Medium : Confidence.Low,
            known
                ? $"Обращение, по-видимому, на языке «{detected.Code}», которого нет среди языков организации ({string.Join(", ", input.AllowedLanguages)})."
                : "Не удалось определить язык обращения: проверьте, написано ли оно на одном из языков организации.",
            Evidence.Of(detected.Evidence));
    }
}
