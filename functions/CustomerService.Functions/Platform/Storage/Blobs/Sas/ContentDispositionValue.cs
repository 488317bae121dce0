using System.Text;

namespace CustomerService.Functions.Platform.Storage.Blobs.Sas;

/// <summary>
/// Content-Disposition values for downloads (RFC 6266). Header values must be ASCII, so a name
/// like "Счёт за май.pdf" goes as an ASCII fallback in filename= plus the exact UTF-8 name in
/// filename*= (RFC 8187, formerly RFC 5987), which browsers prefer.
/// </summary>
public static class ContentDispositionValue
{
    public static string Attachment(string fileName) => Build("attachment", fileName);

    public static string Inline(string fileName) => Build("inline", fileName);

    private static string Build(string type, string fileName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        return $"{type}; filename=\"{AsciiFallback(fileName)}\"; filename*=UTF-8''{ExtendedValue(fileName)}";
    }

    /// <summary>Non-ASCII, control characters, quotes and backslashes become '_' so the quoted string stays valid.</summary>
    internal static string AsciiFallback(string fileName) =>
        new(fileName.Select(c => c is >= ' ' and <= '~' and not '"' and not '\\' ? c : '_').ToArray());

    /// <summary>RFC 8187 value-chars: attr-char as is, every other UTF-8 byte as %XX.</summary>
    internal static string ExtendedValue(string fileName)
    {
        var builder = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(fileName))
        {
            if (IsAttrChar((char)b)) builder.Append((char)b);
            else builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return builder.ToString();
    }

    private static bool IsAttrChar(char c) =>
        c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9')
            or '!' or '#' or '$' or '&' or '+' or '-' or '.' or '^' or '_' or '`' or '|' or '~';
}
