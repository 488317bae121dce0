using System.Text.RegularExpressions;
using CustomerService.Functions.Features.Appeals.Model;

namespace CustomerService.Functions.Features.Appeals.Screening.Checks;

/// <summary>
/// Court matters (003 §6.1в L709, L756). Contesting a court decision is a clear case; a case pending in
/// court a medium one. Merely announcing a lawsuit («иначе обращусь в суд») or mentioning a court decision
/// as background («по решению суда долг погашен, а вы снова начислили») is an ordinary appeal: no suggestion.
/// </summary>
internal static class CourtMatterCheck
{
    private const string CourtDecision = @"(?:решени\w* (?:\w+ )?суда|судебн\w* (?:решени|приказ|акт)\w*|приговор\w*)";

    public static readonly PhrasePatterns Patterns = new(
        NonConsiderationGround.CourtMatter,
        (Confidence.High, "Обжалуется судебное решение: вернуть с разъяснением порядка обжалования.",
            new Regex($@"\b(?:(?:обжал|оспор|пересмотр|отмен|не соглас)\w*(?: \w+){{0,4}} {CourtDecision}|{CourtDecision}(?: \w+){{0,4}} (?:незаконн|неправомерн|несправедлив|обжал|оспор|отмен)\w*|апелляци\w*|кассаци\w*)",
                PhrasePatterns.Options)),
        (Confidence.Medium, "Вопрос рассматривается или подлежит рассмотрению в суде: не фиксируется как жалоба.",
            new Regex(@"\b(?:(?:находится|рассматривается|идет|назначено|ведется) (?:\w+ )?(?:в суде|судом|судебн\w* заседани\w*)|судебн\w* (?:разбирательств|производств|заседани)\w*|исков\w* заявлени\w*|подал\w* (?:иск|в суд)|дело (?:номер|№)|в производстве суда)",
                PhrasePatterns.Options)));
}
