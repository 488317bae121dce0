using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Azure;

namespace CustomerService.Functions.Platform.Storage.Tables;

/// <summary>
/// The JSON entity format (https://learn.microsoft.com/rest/api/storageservices/payload-format-for-table-service-operations).
/// Writes carry an <c>@odata.type</c> annotation for every type JSON cannot express (Int64,
/// Double, DateTime, Guid, Binary); reads use minimal metadata, where the service annotates the same types.
/// </summary>
public static class TableEntityJson
{
    private const string EdmInt64 = "Edm.Int64";
    private const string EdmDouble = "Edm.Double";
    private const string EdmDateTime = "Edm.DateTime";
    private const string EdmGuid = "Edm.Guid";
    private const string EdmBinary = "Edm.Binary";
    private const string EdmString = "Edm.String";
    private const string EdmInt32 = "Edm.Int32";
    private const string EdmBoolean = "Edm.Boolean";

    /// <summary>
    /// Non-ASCII text stays unescaped (Cyrillic is 2 bytes instead of 6, which matters against the
    /// 4 MiB batch limit); line and paragraph separators are still escaped, keeping each body on one line.
    /// </summary>
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>Serializes keys and custom properties (not Timestamp or ETag) as a one-line UTF-8 JSON object.</summary>
    public static byte[] Serialize(TableEntity entity)
    {
        var buffer = new ArrayBufferWriter<byte>();
        Serialize(entity, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes the same JSON straight into <paramref name="output"/> (a batch body, without copies).</summary>
    public static void Serialize(TableEntity entity, IBufferWriter<byte> output)
    {
        using var writer = new Utf8JsonWriter(output, WriterOptions);
        writer.WriteStartObject();
        writer.WriteString(TableConstants.PartitionKey, entity.PartitionKey);
        writer.WriteString(TableConstants.RowKey, entity.RowKey);
        foreach (var (name, value) in entity) WriteProperty(writer, name, value);
        writer.WriteEndObject();
    }

    private static void WriteProperty(Utf8JsonWriter writer, string name, object value)
    {
        switch (value)
        {
            case string text:
                writer.WriteString(name, text);
                break;
            case bool flag:
                writer.WriteBoolean(name, flag);
                break;
            case int small:
                writer.WriteNumber(name, small);
                break;
            case long large:
                Annotate(writer, name, EdmInt64);
                writer.WriteString(name, large.ToString(CultureInfo.InvariantCulture));
                break;
            case double real:
                // Annotated so 1.0 is not stored as Int32; NaN and infinities travel as strings.
                Annotate(writer, name, EdmDouble);
                if (double.IsFinite(real)) writer.WriteNumber(name, real);
                else writer.WriteString(name, double.IsNaN(real) ? "NaN" : real > 0 ? "Infinity" : "-Infinity");
                break;
            case DateTimeOffset time:
                Annotate(writer, name, EdmDateTime);
                writer.WriteString(name, FormatDateTime(time));
                break;
            case Guid id:
                Annotate(writer, name, EdmGuid);
                writer.WriteString(name, id.ToString("D"));
                break;
            case byte[] bytes:
                Annotate(writer, name, EdmBinary);
                writer.WriteBase64String(name, bytes);
                break;
            default:
                throw new ArgumentException($"Property '{name}' has unsupported type {value.GetType().Name}.", nameof(value));
        }
    }

    private static void Annotate(Utf8JsonWriter writer, string name, string type) => writer.WriteString(name + TableConstants.TypeSuffix, type);

    /// <summary>UTC with seven fractional digits: the service keeps 100 ns ticks.</summary>
    public static string FormatDateTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public static TableEntity Deserialize(JsonElement json)
    {
        var entity = new TableEntity();
        foreach (var property in json.EnumerateObject())
        {
            var name = property.Name;
            if (name.EndsWith(TableConstants.TypeSuffix, StringComparison.Ordinal) || property.Value.ValueKind == JsonValueKind.Null) continue;
            switch (name)
            {
                case TableConstants.ETagProperty:
                    entity.ETag = new ETag(property.Value.GetString()!);
                    continue;
                case TableConstants.PartitionKey:
                    entity.PartitionKey = property.Value.GetString() ?? string.Empty;
                    continue;
                case TableConstants.RowKey:
                    entity.RowKey = property.Value.GetString() ?? string.Empty;
                    continue;
                case TableConstants.Timestamp:
                    entity.Timestamp = ParseDateTime(property.Value.GetString());
                    continue;
            }
            if (name.StartsWith("odata.", StringComparison.Ordinal)) continue;
            var type = json.TryGetProperty(name + TableConstants.TypeSuffix, out var annotation) ? annotation.GetString() : null;
            entity[name] = ReadValue(name, property.Value, type);
        }
        return entity;
    }

    private static object ReadValue(string name, JsonElement value, string? type) => type switch
    {
        EdmInt64 => long.Parse(Text(value), CultureInfo.InvariantCulture),
        EdmDouble => value.ValueKind == JsonValueKind.Number ? value.GetDouble() : ParseSpecialDouble(name, value.GetString()),
        EdmDateTime => ParseDateTime(value.GetString()),
        EdmGuid => Guid.Parse(value.GetString()!),
        EdmBinary => value.GetBytesFromBase64(),
        EdmString => value.GetString()!,
        EdmInt32 => value.ValueKind == JsonValueKind.Number ? value.GetInt32() : int.Parse(Text(value), CultureInfo.InvariantCulture),
        EdmBoolean => value.GetBoolean(),
        null => ReadUnannotated(name, value),
        _ => throw new FormatException($"Property '{name}' has unknown type '{type}'."),
    };

    /// <summary>Unannotated numbers are Int32 unless written with a fraction or exponent (the service's inference).</summary>
    private static object ReadUnannotated(string name, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number when value.GetRawText().AsSpan().IndexOfAny(".eE") < 0 && value.TryGetInt32(out var small) => small,
        JsonValueKind.Number => value.GetDouble(),
        _ => throw new FormatException($"Property '{name}' has a JSON {value.ValueKind}, which is not a Table storage type."),
    };

    private static string Text(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();

    private static double ParseSpecialDouble(string name, string? text) => text switch
    {
        "NaN" => double.NaN,
        "Infinity" => double.PositiveInfinity,
        "-Infinity" => double.NegativeInfinity,
        _ => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : throw new FormatException($"Property '{name}' is not a Double: '{text}'."),
    };

    private static DateTimeOffset ParseDateTime(string? text) =>
        DateTimeOffset.Parse(text ?? throw new FormatException("A DateTime property is empty."), CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
