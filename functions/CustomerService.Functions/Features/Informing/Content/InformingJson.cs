using System.Text.Json;

namespace CustomerService.Functions.Features.Informing.Content;

/// <summary>JSON of the informing endpoints: camelCase, Cyrillic written as is.</summary>
public static class InformingJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };
}
