using System.Text;

namespace CustomerService.Functions.Features.Informing.Recipients;

/// <summary>
/// Billing exports come as UTF-8 (with or without BOM), Windows-1251 (Russian Excel's «CSV») or
/// UTF-16 (Excel's «Unicode text»). A BOM decides; without one, zero bytes in alternate positions
/// mean UTF-16, bytes that are valid UTF-8 mean UTF-8, anything else is read as Windows-1251 —
/// a single-byte code page always decodes, and for Russian text it is the only likely one.
/// </summary>
public static class CsvDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static (string Text, string EncodingName) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return (Encoding.UTF8.GetString(bytes[3..]), "utf-8");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return (Encoding.Unicode.GetString(bytes[2..]), "utf-16le");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return (Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be");
        if (Utf16WithoutBom(bytes) is { } utf16) return (utf16.GetString(bytes), utf16 == Encoding.Unicode ? "utf-16le" : "utf-16be");
        if (StrictOrNull(bytes) is { } utf8) return (utf8, "utf-8");
        return (Windows1251.GetString(bytes), "windows-1251");
    }

    public static Encoding Windows1251 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(1251)!;

    private static string? StrictOrNull(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>CSV text is mostly ASCII and Cyrillic: in UTF-16 one byte of most pairs is 0 (ASCII) or 0x04 (Cyrillic).</summary>
    private static Encoding? Utf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length & ~1, 4096)];
        if (sample.Length < 4) return null;
        int evenZero = 0, oddZero = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            if (sample[i] is 0 or 4) evenZero++;
            if (sample[i + 1] is 0 or 4) oddZero++;
        }
        var pairs = sample.Length / 2;
        if (oddZero > pairs * 0.6 && evenZero < pairs * 0.2) return Encoding.Unicode;
        if (evenZero > pairs * 0.6 && oddZero < pairs * 0.2) return Encoding.BigEndianUnicode;
        return null;
    }
}
