using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CustomerService.Functions.Platform.Hosting.Hosted;

/// <summary>
/// Reads values from the host's invocation payload, which serialises most scalars with
/// <c>JsonConvert.SerializeObject</c> a second time (research A2): strings arrive as
/// <c>"\"abc\""</c>, numbers as <c>"4"</c>, objects sometimes as encoded strings. Older documented
/// shapes send plain values. Every reader accepts all of these.
/// </summary>
internal static class LenientJson
{
    private const int MaxNesting = 3;

    /// <summary>A scalar as text, unwrapping JSON-string encoding as often as it was applied.</summary>
    public static string? ReadString(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null or JsonValueKind.Undefined:
                return null;
            case JsonValueKind.String:
                var text = value.GetString()!;
                for (var i = 0; i < MaxNesting && TryUnquote(text, out var inner); i++) text = inner;
                return text;
            default:
                return value.GetRawText();
        }
    }

    public static long? ReadInt64(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number ? value.GetInt64()
        : ReadString(value) is { Length: > 0 } text ? long.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture)
        : null;

    public static bool? ReadBoolean(JsonElement value) =>
        value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => ReadString(value) is { Length: > 0 } text ? bool.Parse(text) : null,
        };

    /// <summary>An ISO-8601 time; one without an offset is UTC (the host and Azure Storage speak UTC).</summary>
    public static DateTimeOffset? ReadTime(JsonElement value) =>
        ReadString(value) is { Length: > 0 } text
            ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal)
            : null;

    /// <summary>An object, whether sent as an object or as (possibly twice) JSON-encoded text; null for JSON null.</summary>
    public static JsonElement? ReadObject(JsonElement value)
    {
        for (var i = 0; i <= MaxNesting; i++)
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.Object:
                    return value;
                case JsonValueKind.Null or JsonValueKind.Undefined:
                    return null;
                case JsonValueKind.String:
                    value = JsonDocument.Parse(value.GetString()!).RootElement.Clone();
                    break;
                default:
                    throw new FormatException($"Expected an object, got {value.ValueKind}.");
            }
        }
        throw new FormatException("Object encoded too many times.");
    }

    /// <summary>
    /// The queue message text. The host sends <c>SerializeObject(value)</c>: a plain-text message
    /// arrives as a JSON string literal inside the string (unwrapped once), a JSON message as its
    /// JSON text, a byte[] as base64. Documented older shapes send the text as is.
    /// </summary>
    public static string ReadMessageText(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String) return value.GetRawText();
        var text = value.GetString()!;
        if (TryUnquote(text, out var inner)) return inner;
        if (IsJsonContainer(text)) return text;
        return TryDecodeBase64Utf8(text, out var decoded) ? decoded : text;
    }

    private static bool TryUnquote(string text, out string inner)
    {
        inner = text;
        if (text.Length < 2 || text[0] != '"' || text[^1] != '"') return false;
        try
        {
            using var document = JsonDocument.Parse(text);
            inner = document.RootElement.GetString()!;
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool IsJsonContainer(string text)
    {
        var trimmed = text.AsSpan().Trim();
        if (trimmed.Length < 2 || !((trimmed[0] == '{' && trimmed[^1] == '}') || (trimmed[0] == '[' && trimmed[^1] == ']'))) return false;
        try
        {
            using var _ = JsonDocument.Parse(text);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>
    /// Base64 only when it decodes to strict UTF-8: short plain words such as "test" are valid
    /// base64 but decode to invalid UTF-8, so they stay text.
    /// </summary>
    private static bool TryDecodeBase64Utf8(string text, out string decoded)
    {
        decoded = text;
        if (text.Length == 0 || text.Length % 4 != 0) return false;
        var bytes = new byte[text.Length / 4 * 3];
        if (!Convert.TryFromBase64String(text, bytes, out var written)) return false;
        try
        {
            decoded = new UTF8Encoding(false, true).GetString(bytes, 0, written);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
