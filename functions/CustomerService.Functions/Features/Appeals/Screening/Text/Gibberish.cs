namespace CustomerService.Functions.Features.Appeals.Screening.Text;

/// <summary>
/// Tells random character sequences from words: keyboard-row runs («фывап», «qwert»), five consonants
/// in a row, one letter four times, a short chunk repeated («ывывыв»), no vowel in a long word. Real
/// Russian words rarely do any of this («здравствуйте» has four consonants in a row, not five).
/// </summary>
internal static class Gibberish
{
    private const int RunLength = 5;
    private const string Vowels = "аеиоуыэюяaeiouy";
    private static readonly string[] KeyboardRows = ["йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю", "qwertyuiop", "asdfghjkl", "zxcvbnm"];

    public static bool IsGibberish(string word) =>
        word.Length >= 4 && (HasKeyboardRun(word) || HasConsonantRun(word) || HasRepeatedLetter(word) || IsRepeatedChunk(word)
            || (word.Length >= 6 && !word.Any(c => Vowels.Contains(c))));

    private static bool HasKeyboardRun(string word)
    {
        for (var i = 0; i + RunLength <= word.Length; i++)
        {
            var slice = word.Substring(i, RunLength);
            var reversed = new string(slice.Reverse().ToArray());
            if (KeyboardRows.Any(row => row.Contains(slice, StringComparison.Ordinal) || row.Contains(reversed, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasConsonantRun(string word)
    {
        var run = 0;
        foreach (var c in word)
        {
            run = Vowels.Contains(c) || c is 'ь' or 'ъ' or 'й' ? 0 : run + 1;
            if (run >= RunLength)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasRepeatedLetter(string word)
    {
        for (var i = 3; i < word.Length; i++)
        {
            if (word[i] == word[i - 1] && word[i] == word[i - 2] && word[i] == word[i - 3])
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRepeatedChunk(string word)
    {
        for (var period = 2; period <= 4; period++)
        {
            if (word.Length >= 3 * period && Enumerable.Range(period, word.Length - period).All(i => word[i] == word[i - period]))
            {
                return true;
            }
        }

        return false;
    }
}
