namespace CustomerService.Functions.Features.Appeals.Screening.Text;

/// <summary>A language guess with the letters or words that decided it.</summary>
/// <param name="Code">ISO 639-1 (ru, tt, kk, en, uk, be) or «und» when the script is known but the language is not.</param>
internal sealed record DetectedLanguage(string Code, string Evidence);

/// <summary>
/// Guesses the language of an appeal from its script and a few letters and words specific to each
/// language: Kazakh ғ қ ұ і (with ә ө ү ң һ), Tatar җ (with ә ө ү ң һ), Ukrainian ї є ґ і, Belarusian ў;
/// Latin text is English when it has English function words, Russian when it is transliterated.
/// Tatar or Kazakh typed on a Russian keyboard without their letters reads as Russian unless its
/// function words give it away. Too little text (fewer than 8 letters) gives no guess.
/// </summary>
internal static class LanguageDetector
{
    private const int MinimumLetters = 8;
    private const string KazakhOnly = "ғқұ";
    private const string TurkicShared = "әөүңһ";
    private const string UkrainianOnly = "їєґ";

    private static readonly HashSet<string> TatarWords = new(StringComparer.Ordinal)
    {
        "һәм", "хэм", "белән", "белэн", "өчен", "очен", "рәхмәт", "рэхмэт", "исәнмесез", "исэнмесез", "турында", "кирәк", "кирэк", "безнең", "безнен", "сезнең", "юк", "түгел", "тугел",
    };

    private static readonly HashSet<string> KazakhWords = new(StringComparer.Ordinal)
    {
        "және", "жане", "үшін", "ушин", "сәлеметсіз", "рақмет", "рахмет", "туралы", "керек", "жоқ", "емес", "бізде", "сіз",
    };

    private static readonly HashSet<string> EnglishWords = new(StringComparer.Ordinal)
    {
        "the", "and", "to", "of", "is", "are", "my", "you", "please", "for", "not", "have", "with", "this", "that", "was", "bill", "hello",
    };

    private static readonly HashSet<string> TransliteratedRussian = new(StringComparer.Ordinal)
    {
        "chto", "kak", "menya", "mne", "pochemu", "pozhaluysta", "pozhalujsta", "zdravstvuyte", "zdravstvujte", "spasibo",
        "schet", "schetchik", "svet", "net", "eto", "ne", "ya", "u", "v", "na", "nas", "vas", "kogda", "dom",
    };

    public static DetectedLanguage? Detect(ScreeningText text)
    {
        var letters = text.Raw.Where(char.IsLetter).Select(char.ToLowerInvariant).ToList();
        if (letters.Count < MinimumLetters)
        {
            return null;
        }

        var cyrillic = letters.Count(Words.IsCyrillic);
        var latin = letters.Count(c => c is >= 'a' and <= 'z' or >= '\u00E0' and <= '\u00FF');
        var other = letters.Count - cyrillic - latin;
        if (other > cyrillic && other > latin)
        {
            return new DetectedLanguage("und", $"буквы вне кириллицы и латиницы: {other} из {letters.Count}");
        }

        return latin > cyrillic ? Latin(text) : Cyrillic(text, letters, cyrillic);
    }

    private static DetectedLanguage Latin(ScreeningText text)
    {
        var english = text.Words.Count(EnglishWords.Contains);
        var russian = text.Words.Count(TransliteratedRussian.Contains);
        if (russian >= 2 && russian > english)
        {
            return new DetectedLanguage("ru", $"русский текст латиницей (слов-маркеров: {russian})");
        }

        return english >= 1
            ? new DetectedLanguage("en", $"латиница, английских служебных слов: {english}")
            : new DetectedLanguage("und", "латиница без признаков английского языка");
    }

    private static DetectedLanguage Cyrillic(ScreeningText text, IReadOnlyList<char> letters, int cyrillic)
    {
        var kazakhOnly = letters.Count(c => KazakhOnly.Contains(c));
        var dottedI = letters.Count(c => c == 'і');
        var shared = letters.Count(c => TurkicShared.Contains(c));
        var tatarOnly = letters.Count(c => c == 'җ');
        var kazakhWords = text.Words.Count(KazakhWords.Contains);
        var tatarWords = text.Words.Count(TatarWords.Contains);

        // A Tatar or Kazakh name in a Russian text brings a few such letters: ask for 4 % of the letters or two
        // function words (in Tatar and Kazakh prose these letters are well over 10 %).
        bool Frequent(int count) => count >= 3 && count * 25 >= cyrillic;

        if (kazakhWords >= 2 || (kazakhOnly >= 1 && Frequent(kazakhOnly + dottedI + shared)))
        {
            return new DetectedLanguage("kk", $"казахские буквы: {kazakhOnly + dottedI}, слова: {kazakhWords}");
        }

        if (tatarWords >= 2 || Frequent(tatarOnly + shared))
        {
            return new DetectedLanguage("tt", $"татарские буквы: {tatarOnly + shared}, слова: {tatarWords}");
        }

        if (letters.Any(c => UkrainianOnly.Contains(c)) || Frequent(dottedI))
        {
            return new DetectedLanguage("uk", "украинские буквы ї, є, ґ, і");
        }

        return letters.Count(c => c == 'ў') >= 1 && Frequent(letters.Count(c => c == 'ў') + dottedI)
            ? new DetectedLanguage("be", "белорусская буква ў")
            : new DetectedLanguage("ru", "кириллица без букв других языков");
    }
}
