using System.Text.RegularExpressions;
using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Features.Appeals.Screening.Text;

namespace CustomerService.Functions.Features.Appeals.Screening.Checks;

/// <summary>
/// Threats to life, health or property. A violent first-person verb («убью», «взорву», «сожгу») near a
/// person or place of the company («вас», «сотрудника», «офис») is a clear threat; the verb alone is a
/// medium one; idioms («убью на это весь день») and objects that are papers («сожгу квитанцию») are not.
/// «Пожалеете» is a weak signal, and none at all next to legal remedies («обращусь в суд — пожалеете»).
/// </summary>
internal static class ThreatCheck
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;
    private const int Window = 4;

    private static readonly Regex ViolentVerb = new(
        "^(?:убью|убьем|зарежу|зарежем|застрелю|пристрелю|взорву|взорвем|подорву|сожгу|сожжем|спалю|подожгу|подожжем|покалечу|изобью|замочу|задушу|придушу|прикончу|закопаю|урою|пришибу)$",
        Options);

    private static readonly Regex Target = new(
        "^(?:вас|вам|вами|тебя|тебе|его|ее|их|всех|ваш\\w*|тво\\w*|сотрудник\\w*|директор\\w*|контролер\\w*|мастер\\w*|оператор\\w*|бухгалтер\\w*|инспектор\\w*|начальник\\w*|кассир\\w*|руководител\\w*|офис\\w*|контор\\w*|здани\\w*|семь\\w*|дет(?:и|ей)|жен\\w*)$",
        Options);

    // What follows the verb in idioms and in threats to papers: «убью на это весь день», «сожгу ваши квитанции».
    private static readonly Regex HarmlessContinuation = new(
        @"^(?:на (?:это|него|нее|них) )?(?:весь |целый |все |всю |ваш\w* |эт\w* )?(?:время|день|вечер|час|полдня|неделю|выходные|нервы|квитанци\w*|счет\w*|бумаг\w*|письм\w*|договор\w*|документ\w*)\b",
        Options);

    private static readonly Regex ThreatPhrase = new(
        @"\b(?:(?:вам|тебе) (?:конец|крышка|хана|кранты|не жить)|(?:знаю|знаем) где (?:вы|ты) жив\w*|(?:найду|найдем|достану|достанем) (?:вас|тебя)|берегитесь|оглядывайтесь|кровью умоетесь|не доживете)\b",
        Options);

    private static readonly Regex Regret = new(@"(?<!\bне )\bпожалеете\b|(?<!\bне )\bпожалеешь\b", Options);

    private static readonly Regex LegalRemedy = new(
        @"\b(?:суд\w*|засужу|прокурат\w*|жалоб\w*|роспотребнадзор\w*|сми|газет\w*|телевидени\w*|юрист\w*|адвокат\w*|депутат\w*|администраци\w*|инспекци\w*|полици\w*)\b",
        Options);

    public static IEnumerable<Finding> Run(ScreeningText text, ScreeningInput input)
    {
        var clear = new List<string>();
        var bare = new List<string>();
        ClassifyVerbs(text.Words, clear, bare);
        clear.AddRange(ThreatPhrase.Matches(text.Normalized).Select(match => match.Value));

        if (clear.Count > 0)
        {
            yield return Threat(Confidence.High, "Угроза жизни, здоровью или имуществу сотрудников или компании.", clear);
        }
        else if (bare.Count > 0)
        {
            yield return Threat(Confidence.Medium, "Угрожающие выражения без явного адресата: проверьте контекст.", bare);
        }
        else if (Regret.IsMatch(text.Normalized) && !LegalRemedy.IsMatch(text.Normalized))
        {
            yield return Threat(Confidence.Low, "Слово «пожалеете» без упоминания законных способов защиты: возможна угроза.", Evidence.Matches(Regret, text.Normalized));
        }
    }

    private static void ClassifyVerbs(IReadOnlyList<string> words, List<string> clear, List<string> bare)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (!ViolentVerb.IsMatch(words[i]) || FollowedByHarmlessObject(words, i))
            {
                continue;
            }

            var from = Math.Max(0, i - Window);
            var to = Math.Min(words.Count - 1, i + Window);
            var phrase = string.Join(' ', words.Skip(from).Take(to - from + 1));
            var targeted = Enumerable.Range(from, to - from + 1).Any(j => j != i && Target.IsMatch(words[j]));
            (targeted ? clear : bare).Add(phrase);
        }
    }

    private static bool FollowedByHarmlessObject(IReadOnlyList<string> words, int verb) =>
        HarmlessContinuation.IsMatch(string.Join(' ', words.Skip(verb + 1).Take(Window)));

    private static Finding Threat(Confidence confidence, string reason, IEnumerable<string> evidence) =>
        new(NonConsiderationGround.Threats, confidence, reason, Evidence.Of(evidence));
}
