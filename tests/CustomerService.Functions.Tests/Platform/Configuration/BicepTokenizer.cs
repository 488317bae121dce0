using System.Text;

namespace CustomerService.Functions.Tests.Platform.Configuration;

public enum BicepTokenKind
{
    Identifier,
    String,
    Punctuation,
    NewLine,
}

public sealed record BicepToken(BicepTokenKind Kind, string Text, int Line)
{
    public bool Is(BicepTokenKind kind, string text) => Kind == kind && Text == text;
    public bool IsOpening => Kind == BicepTokenKind.Punctuation && Text is "{" or "(" or "[";
    public bool IsClosing => Kind == BicepTokenKind.Punctuation && Text is "}" or ")" or "]";
}

/// <summary>
/// Just enough of Bicep's lexical grammar to find names: identifiers, single-quoted strings
/// (with backslash escapes and <c>${…}</c> interpolation kept inside the string), multi-line
/// <c>'''</c> strings, new lines and single-character punctuation. Comments are dropped.
/// Numbers come out as identifiers, which is harmless here.
/// </summary>
public static class BicepTokenizer
{
    public static List<BicepToken> Tokenize(string text)
    {
        var tokens = new List<BicepToken>();
        var line = 1;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n') { tokens.Add(new(BicepTokenKind.NewLine, "\n", line++)); i++; }
            else if (char.IsWhiteSpace(c)) i++;
            else if (c == '/' && Peek(text, i + 1) == '/') i = text.IndexOf('\n', i) is var end and >= 0 ? end : text.Length;
            else if (c == '/' && Peek(text, i + 1) == '*') i = SkipBlockComment(text, i, ref line);
            else if (text.AsSpan(i).StartsWith("'''")) i = ReadMultiLineString(text, i, tokens, ref line);
            else if (c == '\'') i = ReadString(text, i, tokens, line);
            else if (char.IsLetterOrDigit(c) || c == '_') i = ReadIdentifier(text, i, tokens, line);
            else { tokens.Add(new(BicepTokenKind.Punctuation, c.ToString(), line)); i++; }
        }
        return tokens;
    }

    private static char Peek(string text, int i) => i < text.Length ? text[i] : '\0';

    private static int SkipBlockComment(string text, int i, ref int line)
    {
        var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
        end = end < 0 ? text.Length : end + 2;
        line += text.AsSpan(i, end - i).Count('\n');
        return end;
    }

    private static int ReadMultiLineString(string text, int i, List<BicepToken> tokens, ref int line)
    {
        var end = text.IndexOf("'''", i + 3, StringComparison.Ordinal);
        if (end < 0) throw new FormatException($"Unterminated ''' string at line {line}.");
        tokens.Add(new(BicepTokenKind.String, text[(i + 3)..end], line));
        line += text.AsSpan(i, end - i).Count('\n');
        return end + 3;
    }

    private static int ReadString(string text, int i, List<BicepToken> tokens, int line)
    {
        var end = StringEnd(text, i, line);
        tokens.Add(new(BicepTokenKind.String, Unescape(text[(i + 1)..(end - 1)]), line));
        return end;
    }

    /// <summary>Index just past the quote closing the string that opens at <paramref name="i"/>;
    /// quotes inside <c>${…}</c> interpolations belong to nested strings.</summary>
    private static int StringEnd(string text, int i, int line)
    {
        for (var j = i + 1; j < text.Length && text[j] != '\n'; j++)
        {
            if (text[j] == '\\') j++;
            else if (text[j] == '\'') return j + 1;
            else if (text[j] == '$' && Peek(text, j + 1) == '{') j = InterpolationEnd(text, j + 1, line) - 1;
        }
        throw new FormatException($"Unterminated string at line {line}.");
    }

    private static int InterpolationEnd(string text, int open, int line)
    {
        var depth = 0;
        for (var j = open; j < text.Length && text[j] != '\n'; j++)
        {
            if (text[j] == '\'') j = StringEnd(text, j, line) - 1;
            else if (text[j] == '{') depth++;
            else if (text[j] == '}' && --depth == 0) return j + 1;
        }
        throw new FormatException($"Unterminated interpolation at line {line}.");
    }

    private static string Unescape(string raw)
    {
        var value = new StringBuilder(raw.Length);
        for (var j = 0; j < raw.Length; j++) value.Append(raw[j] == '\\' && j + 1 < raw.Length ? raw[++j] : raw[j]);
        return value.ToString();
    }

    private static int ReadIdentifier(string text, int i, List<BicepToken> tokens, int line)
    {
        var j = i;
        while (j < text.Length && (char.IsLetterOrDigit(text[j]) || text[j] == '_')) j++;
        tokens.Add(new(BicepTokenKind.Identifier, text[i..j], line));
        return j;
    }
}
