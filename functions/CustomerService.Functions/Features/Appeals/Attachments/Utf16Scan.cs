using System.Text;

namespace CustomerService.Functions.Features.Appeals.Attachments;

/// <summary>Looks for a name written in UTF-16LE anywhere in a stream, reading it in chunks.</summary>
internal static class Utf16Scan
{
    public static bool Contains(Stream content, string name)
    {
        var pattern = Encoding.Unicode.GetBytes(name);
        var buffer = new byte[64 * 1024 + pattern.Length];
        var carried = 0;
        content.Position = 0;
        try
        {
            int read;
            while ((read = content.Read(buffer, carried, buffer.Length - carried)) > 0)
            {
                var filled = carried + read;
                if (buffer.AsSpan(0, filled).IndexOf(pattern) >= 0) return true;
                // Keep the tail so a name split across two chunks is still found.
                carried = Math.Min(pattern.Length - 1, filled);
                buffer.AsSpan(filled - carried, carried).CopyTo(buffer);
            }
            return false;
        }
        finally
        {
            content.Position = 0;
        }
    }
}
