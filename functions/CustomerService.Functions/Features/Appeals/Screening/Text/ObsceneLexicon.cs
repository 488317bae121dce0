using System.Text.RegularExpressions;

namespace CustomerService.Functions.Features.Appeals.Screening.Text;

/// <summary>
/// Russian obscene roots (мат) and personal insults, as whole-word patterns over normalised words
/// (<see cref="Words.Normalize"/>). Each root is anchored at the start of the word and allows only
/// the prefixes it really takes, so innocent words that contain the letters inside them do not match:
/// «оскорбляет», «рубля» (…бля…), «застрахуйте» (…хуй…), «хлебопекарня», «потребитель» (…еб…),
/// «скипидар» (…пидар), «команда» (…манда), «педикюр», «бляха», «шлюз», «мудрый», «херсон».
/// Limits (docs/screening.md): masked spellings («х*й», «п...а»), letters split by spaces or digits,
/// deliberate misspellings and transliteration are not caught; new slang must be added here.
/// </summary>
internal static class ObsceneLexicon
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    /// <summary>Мат: obscene in any context.</summary>
    public static readonly Regex Obscene = new(
        "^(?:" + string.Join("|",
            "(?:по|на|за|от|ни|вы|до|при|рас|с|о|а)?ху[йяеюи]",
            "\\w*пизд",
            // «еб» only after the prefixes that form obscene verbs, and only before the endings they take:
            // «хлеб», «небо», «себе», «требую», «ребенок» never reach the root at the start of the word.
            "(?:за|по|на|от|отъ|вы|у|до|при|разъ|съ|подъ|объ|изъ|взъ|ни|долбо|недо|пере)?еб(?:а[лнтшк]|у[тчщн]?|ли|ло|ла|н|е[тм]|и[сщтн]|ош|ыр|ыв|ля|к)",
            "бля(?:$|д|т)",
            "муд(?:а[кч]|ил|озвон)",
            "(?:пидо?р|пидар|педераст)",
            "педик(?:и|а|ов|ам|ами)?$",
            "г[ао]ндон",
            "залуп",
            "манд(?:а|ы|е|у|ой)$",
            "мандавош",
            "шлюх",
            "с?сук(?:а|и|у|ой|ам|ами)$",
            "(?:на|по|ни)?хер(?:|а|ня|ни|ню|ней)$",
            "херов(?:ый|ая|ое|ые|о)$",
            "говн",
            "дерьм",
            "(?:на|по|об|за|вы)?сра(?:ть|л|ла|ли|ло|ка|ку|ки)$",
            "(?:за)?сран\\w*") + ")",
        Options);

    /// <summary>Personal insults («оскорбительные выражения»): offensive when addressed to someone; staff judge.</summary>
    public static readonly Regex Insult = new(
        "^(?:" + string.Join("|",
            "идиот\\w*", "дебил\\w*", "кретин\\w*", "дегенерат\\w*", "ублюд\\w*",
            "мраз(?:ь|и|ей|ям|ями)", "гнид(?:а|ы|е|у|ой)", "падл(?:а|ы|е|у|ой)",
            "подон(?:ок|ки|ков|кам|ками)", "сволоч\\w*", "твар(?:ь|и|ей|ям|ями)", "скотин(?:а|ы|е|у|ой)",
            "быдл\\w*", "чмо", "урод(?:|а|ы|ов|ам|ами|ина|ины)", "придур\\w*", "козлы", "козел",
            "ничтожеств\\w*", "отмороз\\w*", "дармоед\\w*", "кровопийц\\w*", "упыр(?:ь|и|ей)", "жоп\\w*") + ")$",
        Options);

    /// <summary>Words that match a root but are not obscene (slang place names and the like).</summary>
    private static readonly HashSet<string> Exceptions = new(StringComparer.Ordinal) { "ебург", "ебурге", "ебурга", "ебургу" };

    public static bool IsObscene(string normalizedWord) => !Exceptions.Contains(normalizedWord) && Obscene.IsMatch(normalizedWord);

    public static bool IsInsult(string normalizedWord) => Insult.IsMatch(normalizedWord);
}
