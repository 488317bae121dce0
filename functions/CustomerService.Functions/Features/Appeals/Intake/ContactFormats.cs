using System.Text.RegularExpressions;

namespace CustomerService.Functions.Features.Appeals.Intake;

/// <summary>Phone, e-mail and free-text rules of the intake edge. Pure functions.</summary>
public static partial class ContactFormats
{
    /// <summary>
    /// Russian and Kazakh numbers (both +7) in any usual spelling — <c>8 (913) 123-45-67</c>,
    /// <c>+7 913 1234567</c>, <c>9131234567</c> — to E.164 <c>+79131234567</c>; null when it is not one.
    /// Other countries are refused: every shipped organization serves +7 numbers only.
    /// </summary>
    public static string? NormalizePhone(string text)
    {
        var trimmed = text.Trim();
        var plus = trimmed.StartsWith('+');
        var digits = new List<char>(16);
        foreach (var c in plus ? trimmed[1..] : trimmed)
        {
            if (char.IsAsciiDigit(c)) digits.Add(c);
            else if (c is not (' ' or '-' or '(' or ')' or '\u00A0')) return null;
        }
        return (digits.Count, plus) switch
        {
            (11, true) when digits[0] == '7' => "+" + new string([.. digits]),
            (11, false) when digits[0] is '7' or '8' => "+7" + new string([.. digits.Skip(1)]),
            (10, false) => "+7" + new string([.. digits]),
            _ => null,
        };
    }

    /// <summary>A pragmatic address check: one @, a non-empty local part, a dotted domain, no spaces; ≤ 254 characters.</summary>
    public static bool IsEmail(string text) => text.Length <= 254 && EmailPattern().IsMatch(text);

    /// <summary>Control characters other than line breaks and tabs (those only where <paramref name="multiline"/>).</summary>
    public static bool HasControlCharacters(string text, bool multiline) =>
        text.Any(c => char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t')) || text.Any(c => c is '\u2028' or '\u2029' or '\uFEFF');

    /// <summary>
    /// Something that looks like an HTML/XML tag, comment or processing instruction (<c>&lt;script</c>,
    /// <c>&lt;/b</c>, <c>&lt;!--</c>). Refused at the edge: texts are plain text and are never rendered as HTML,
    /// but a tag in an appeal is never legitimate and would be dangerous in any future HTML view.
    /// A lone <c>&lt;</c> (<c>«долг &lt; 100 руб.»</c>) is fine.
    /// </summary>
    public static bool HasMarkup(string text) => MarkupPattern().IsMatch(text);

    [GeneratedRegex(@"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"<\s*[A-Za-z!/?]", RegexOptions.CultureInvariant)]
    private static partial Regex MarkupPattern();
}
