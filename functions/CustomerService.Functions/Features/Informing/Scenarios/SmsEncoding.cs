namespace CustomerService.Functions.Features.Informing.Scenarios;

/// <summary>How an SMS body travels: the GSM 03.38 7-bit alphabet when every character is in it, otherwise UCS-2.</summary>
public enum SmsEncoding
{
    Gsm7,
    Ucs2,
}

/// <summary>
/// The encoding, length and segment count of an SMS body, computed the way the network splits it
/// (3GPP TS 23.038 / 23.040): GSM-7 fits 160 septets in one message and 153 per segment of a
/// concatenated one (the 7-septet user-data header); characters of the extension table take two
/// septets (escape + code) and never straddle segments. UCS-2 fits 70 UTF-16 units, 67 per
/// segment; a surrogate pair is never split. Cyrillic is not in GSM-7, so Russian texts are UCS-2.
/// </summary>
public sealed record SmsLength(SmsEncoding Encoding, int Characters, int Units, int Segments, int UnitsPerSegment)
{
    public const int Gsm7Single = 160;
    public const int Gsm7Segment = 153;
    public const int Ucs2Single = 70;
    public const int Ucs2Segment = 67;

    /// <summary>Units left in the last segment before another segment is needed.</summary>
    public int Remaining => Segments == 0 ? UnitsPerSegment : Segments * UnitsPerSegment - Units;

    public static SmsLength Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var characters = text.EnumerateRunes().Count();
        return Gsm7Alphabet.Septets(text) is { } septets ? Gsm7(text, characters, septets) : Ucs2(text, characters);
    }

    private static SmsLength Gsm7(string text, int characters, int septets)
    {
        if (septets == 0) return new(SmsEncoding.Gsm7, 0, 0, 0, Gsm7Single);
        if (septets <= Gsm7Single) return new(SmsEncoding.Gsm7, characters, septets, 1, Gsm7Single);
        var segments = Split(text.Select(Gsm7Alphabet.Width), Gsm7Segment);
        return new(SmsEncoding.Gsm7, characters, septets, segments, Gsm7Segment);
    }

    private static SmsLength Ucs2(string text, int characters)
    {
        if (text.Length <= Ucs2Single) return new(SmsEncoding.Ucs2, characters, text.Length, 1, Ucs2Single);
        var segments = Split(text.EnumerateRunes().Select(r => r.Utf16SequenceLength), Ucs2Segment);
        return new(SmsEncoding.Ucs2, characters, text.Length, segments, Ucs2Segment);
    }

    /// <summary>Fills segments in order; an indivisible unit that does not fit the current segment starts the next one.</summary>
    private static int Split(IEnumerable<int> widths, int capacity)
    {
        var (segments, used) = (1, 0);
        foreach (var width in widths)
        {
            if (used + width > capacity) (segments, used) = (segments + 1, 0);
            used += width;
        }
        return segments;
    }
}

/// <summary>The GSM 03.38 default alphabet and its extension table (3GPP TS 23.038 §6.2.1).</summary>
public static class Gsm7Alphabet
{
    private const string Basic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
        "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    /// <summary>Sent as the escape septet followed by the character's code: two septets each.</summary>
    private const string Extension = "\f^{}\\[~]|€";

    private static readonly HashSet<char> BasicSet = [.. Basic];
    private static readonly HashSet<char> ExtensionSet = [.. Extension];

    /// <summary>Septets of one character: 1, 2 (extension table) or 0 when it is not in GSM-7.</summary>
    public static int Width(char c) => BasicSet.Contains(c) ? 1 : ExtensionSet.Contains(c) ? 2 : 0;

    /// <summary>The text's length in septets, or null when a character needs UCS-2.</summary>
    public static int? Septets(string text)
    {
        var septets = 0;
        foreach (var c in text)
        {
            var width = Width(c);
            if (width == 0) return null;
            septets += width;
        }
        return septets;
    }
}
