using System.Text;

namespace CustomerService.Functions.Features.Appeals.Screening.Text;

/// <summary>Splits appeal text into normalised words: lower case, «ё» as «е», Latin look-alikes inside Cyrillic words mapped back.</summary>
internal static class Words
{
    // Latin letters that look like Cyrillic ones; writers swap them to dodge filters («xуй», «cука»).
    private const string LatinLookalikes = "aceopxyk";
    private const string CyrillicTwins = "асеорхук";

    public static IReadOnlyList<string> Split(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                words.Add(Normalize(current.ToString()));
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(Normalize(current.ToString()));
        }

        return words;
    }

    public static string Normalize(string word)
    {
        var lower = word.ToLowerInvariant().Replace('ё', 'е');
        if (!lower.Any(IsCyrillic) || !lower.Any(c => LatinLookalikes.Contains(c)))
        {
            return lower;
        }

        var mapped = new StringBuilder(lower.Length);
        foreach (var c in lower)
        {
            var index = LatinLookalikes.IndexOf(c);
            mapped.Append(index >= 0 ? CyrillicTwins[index] : c);
        }

        return mapped.ToString();
    }

    public static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';

    /// <summary>A word shown to staff as evidence, masked to its first and last letters («х**й»).</summary>
    public static string Mask(string word) =>
        word.Length <= 2 ? new string('*', word.Length) : word[0] + new string('*', word.Length - 2) + word[^1];
}
