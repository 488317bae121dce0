using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Features.Appeals.Screening.Text;

namespace CustomerService.Functions.Features.Appeals.Screening.Checks;

/// <summary>Obscene (мат, high confidence) and insulting words (medium: staff judge whether they are addressed to someone).</summary>
internal static class ObscenityCheck
{
    public static IEnumerable<Finding> Run(ScreeningText text, ScreeningInput input)
    {
        var obscene = text.Words.Where(ObsceneLexicon.IsObscene).ToList();
        if (obscene.Count > 0)
        {
            yield return new Finding(
                NonConsiderationGround.ObsceneLanguage, Confidence.High,
                $"Нецензурные выражения ({obscene.Count}).", Evidence.Of(obscene.Select(Words.Mask)));
            yield break;
        }

        var insults = text.Words.Where(ObsceneLexicon.IsInsult).ToList();
        if (insults.Count > 0)
        {
            yield return new Finding(
                NonConsiderationGround.ObsceneLanguage, Confidence.Medium,
                $"Возможно оскорбительные выражения ({insults.Count}): проверьте, адресованы ли они кому-либо.",
                Evidence.Of(insults.Select(Words.Mask)));
        }
    }
}
