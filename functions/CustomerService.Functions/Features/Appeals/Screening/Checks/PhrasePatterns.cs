using System.Text.RegularExpressions;
using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Features.Appeals.Screening.Text;

namespace CustomerService.Functions.Features.Appeals.Screening.Checks;

/// <summary>A ground recognised by phrases over the normalised text, in tiers of confidence (first tier that matches wins).</summary>
internal sealed class PhrasePatterns(NonConsiderationGround ground, params (Confidence Confidence, string Reason, Regex Pattern)[] tiers)
{
    public const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    public IEnumerable<Finding> Run(ScreeningText text, ScreeningInput input)
    {
        foreach (var (confidence, reason, pattern) in tiers)
        {
            var evidence = Evidence.Matches(pattern, text.Normalized);
            if (evidence.Count > 0)
            {
                yield return new Finding(ground, confidence, reason, evidence);
                yield break;
            }
        }
    }
}
