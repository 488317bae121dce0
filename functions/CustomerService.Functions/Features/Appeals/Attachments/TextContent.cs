using System.Text;

namespace CustomerService.Functions.Features.Appeals.Attachments;

/// <summary>
/// Plain text is accepted when it is valid UTF-8 without NULs or other control characters
/// (tab, line breaks and form feed allowed). Markup is refused: a browser would render HTML or
/// SVG and run its scripts.
/// </summary>
internal static class TextContent
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly string[] ScriptMarkers = ["<script", "<svg", "<html", "<iframe", "<object", "<embed", "javascript:"];

    public static SniffResult Sniff(Stream content)
    {
        content.Position = 0;
        try
        {
            using var reader = new StreamReader(content, Strict, detectEncodingFromByteOrderMarks: false, bufferSize: 16 * 1024, leaveOpen: true);
            var first = true;
            var buffer = new char[16 * 1024];
            int read;
            while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
            {
                var chunk = buffer.AsSpan(0, read);
                if (first && LooksLikeMarkup(chunk)) return SniffResult.Refused(MarkupKind(chunk));
                first = false;
                if (chunk.ContainsAnyExcept(Allowed)) return SniffResult.Refused("двоичный файл неизвестного типа");
                if (ContainsScript(chunk)) return SniffResult.Refused("веб-страница или сценарий");
            }
            return SniffResult.Is(AttachmentType.Text);
        }
        catch (DecoderFallbackException)
        {
            return SniffResult.Refused("двоичный файл неизвестного типа");
        }
        finally
        {
            content.Position = 0;
        }
    }

    private static readonly System.Buffers.SearchValues<char> Allowed = System.Buffers.SearchValues.Create(
        Enumerable.Range(0, 0x10000).Select(i => (char)i).Where(c => !char.IsControl(c) || c is '\t' or '\n' or '\r' or '\f').ToArray());

    /// <summary>Markup starts with '<' once a BOM and white space are skipped.</summary>
    private static bool LooksLikeMarkup(ReadOnlySpan<char> text) => text.TrimStart('\uFEFF').TrimStart().StartsWith("<");

    private static string MarkupKind(ReadOnlySpan<char> text) =>
        text.Contains("<svg", StringComparison.OrdinalIgnoreCase) ? "изображение SVG (может содержать сценарии)"
        : text.Contains("<html", StringComparison.OrdinalIgnoreCase) || text.Contains("<!doctype html", StringComparison.OrdinalIgnoreCase) ? "веб-страница (HTML)"
        : "разметка HTML или XML";

    private static bool ContainsScript(ReadOnlySpan<char> text)
    {
        foreach (var marker in ScriptMarkers)
        {
            if (text.Contains(marker, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }
}
