using System.Text.RegularExpressions;

namespace CustomerService.Functions.Features.Appeals.Screening.Checks;

/// <summary>Keeps evidence short: a few distinct snippets, each cut to a phrase, so the full text never leaves the appeal.</summary>
internal static class Evidence
{
    private const int MaxItems = 5;
    private const int MaxLength = 60;

    public static IReadOnlyList<string> Of(IEnumerable<string> items) =>
        items.Select(Cut).Distinct(StringComparer.Ordinal).Take(MaxItems).ToList();

    public static IReadOnlyList<string> Of(params string[] items) => Of((IEnumerable<string>)items);

    public static IReadOnlyList<string> Matches(Regex pattern, string text) =>
        Of(pattern.Matches(text).Select(match => match.Value));

    private static string Cut(string item) => item.Length <= MaxLength ? item : item[..(MaxLength - 1)] + "…";
}
