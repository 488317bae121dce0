using System.Globalization;
using System.Text;

namespace CustomerService.Functions.Features.Appeals.Attachments;

/// <summary>
/// The sender's file name made safe to show and to offer as a download name. It is never used as a
/// storage path (blobs are named by appeal and attachment id); it only travels as metadata to the
/// download's Content-Disposition, so it must not smuggle paths, control or bidi characters, or
/// Windows device names, and must stay short. Cyrillic and other letters are kept.
/// </summary>
public static class AttachmentFileName
{
    public const int MaxLength = 120;
    public const string Fallback = "вложение";

    private static readonly string[] DeviceNames =
        ["CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
         "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9"];

    /// <summary>The cleaned name, or <see cref="Fallback"/> when nothing usable is left (no extension is added here).</summary>
    public static string Sanitize(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return Fallback;
        var name = LastSegment(raw.Normalize(NormalizationForm.FormC));
        name = Clean(name);
        name = name.Trim().Trim('.').Trim();
        if (name.Length == 0) return Fallback;
        if (IsDeviceName(name)) name = "_" + name;
        return Shorten(name);
    }

    /// <summary>The extension (with the dot, lower case) or "" — of a sanitized name.</summary>
    public static string ExtensionOf(string name)
    {
        var dot = name.LastIndexOf('.');
        return dot > 0 ? name[dot..].ToLowerInvariant() : "";
    }

    /// <summary>Browsers and scanners send names such as "C:\Users\…\скан.pdf" or "../../etc/passwd": keep the last part.</summary>
    private static string LastSegment(string name)
    {
        var cut = name.LastIndexOfAny(['/', '\\']);
        return cut >= 0 ? name[(cut + 1)..] : name;
    }

    private static string Clean(string name)
    {
        var builder = new StringBuilder(name.Length);
        var lastWasSpace = false;
        foreach (var rune in name.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            // Control (Cc), format (Cf: bidi overrides U+202A–202E and U+2066–2069, zero-width), unassigned and private use go.
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse or UnicodeCategory.Surrogate) continue;
            if (rune.Value is '<' or '>' or ':' or '"' or '|' or '?' or '*')
            {
                builder.Append('_');
                lastWasSpace = false;
                continue;
            }
            var isSpace = Rune.IsWhiteSpace(rune);
            if (isSpace && lastWasSpace) continue;
            builder.Append(isSpace ? " " : rune.ToString());
            lastWasSpace = isSpace;
        }
        return builder.ToString();
    }

    private static bool IsDeviceName(string name)
    {
        var stem = name.Split('.')[0].TrimEnd();
        return DeviceNames.Contains(stem, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Cuts the stem (keeping the extension) at a text-element boundary so no letter is split.</summary>
    private static string Shorten(string name)
    {
        if (name.Length <= MaxLength) return name;
        var extension = ExtensionOf(name);
        if (extension.Length > 16) extension = "";
        var stem = name[..^extension.Length];
        var budget = MaxLength - extension.Length;
        var elements = StringInfo.GetTextElementEnumerator(stem);
        var kept = new StringBuilder();
        while (elements.MoveNext() && kept.Length + elements.GetTextElement().Length <= budget) kept.Append(elements.GetTextElement());
        return kept.ToString().TrimEnd().TrimEnd('.') + extension;
    }
}
