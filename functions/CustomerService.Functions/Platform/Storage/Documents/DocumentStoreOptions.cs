using System.Text.Json;
using System.Text.Json.Serialization;

namespace CustomerService.Functions.Platform.Storage.Documents;

/// <summary>Settings of the <see cref="DocumentStore"/>; the defaults suit configuration documents edited by administrators.</summary>
public sealed class DocumentStoreOptions
{
    /// <summary>The table; tests give each app its own so their edits never meet.</summary>
    public string TableName { get; set; } = DocumentStore.DefaultTableName;

    /// <summary>How long a read is served from memory. Writes through this process show at once; other instances see them after at most this long.</summary>
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>camelCase with enums as camelCase strings: documents stay readable in Storage Explorer and stable when enum members are reordered.</summary>
    public JsonSerializerOptions Json { get; set; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };
}
