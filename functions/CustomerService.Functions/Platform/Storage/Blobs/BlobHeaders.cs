using System.Globalization;
using System.Text.RegularExpressions;
using Azure;
using Azure.Core;

namespace CustomerService.Functions.Platform.Storage.Blobs;

/// <summary>Blob properties and metadata as they travel in HTTP headers.</summary>
internal static partial class BlobHeaders
{
    private const string MetadataPrefix = "x-ms-meta-";

    public static BlobProperties Properties(Response response)
    {
        var metadata = response.Headers
            .Where(h => h.Name.StartsWith(MetadataPrefix, StringComparison.OrdinalIgnoreCase))
            .ToDictionary(h => h.Name[MetadataPrefix.Length..], h => h.Value, StringComparer.OrdinalIgnoreCase);
        response.Headers.TryGetValue("Content-Length", out var length);
        response.Headers.TryGetValue("Content-Type", out var contentType);
        var info = ContentInfo(response);
        return new BlobProperties(length is null ? 0 : long.Parse(length, CultureInfo.InvariantCulture),
            string.IsNullOrEmpty(contentType) ? null : contentType, info.LastModified, info.ETag, metadata);
    }

    public static BlobContentInfo ContentInfo(Response response)
    {
        response.Headers.TryGetValue("ETag", out var etag);
        response.Headers.TryGetValue("Last-Modified", out var lastModified);
        return new BlobContentInfo(
            NormalizeETag(etag ?? throw new InvalidOperationException("The blob response has no ETag")),
            DateTimeOffset.Parse(lastModified ?? throw new InvalidOperationException("The blob response has no Last-Modified"), CultureInfo.InvariantCulture));
    }

    /// <summary>Headers carry the ETag quoted, listings bare; quote both so they compare equal and work in If-Match.</summary>
    public static ETag NormalizeETag(string value) => new(value.StartsWith('"') ? value : $"\"{value}\"");

    public static void SetMetadata(Request request, IDictionary<string, string>? metadata)
    {
        if (metadata is null) return;
        foreach (var (name, value) in metadata)
        {
            if (!MetadataName().IsMatch(name)) throw new ArgumentException($"Metadata name '{name}' must be a C# identifier.", nameof(metadata));
            if (value.Any(c => c is < ' ' or > '~')) throw new ArgumentException($"Metadata '{name}' must be printable ASCII; encode other text (e.g. base64 or percent-encoding).", nameof(metadata));
            request.Headers.SetValue(MetadataPrefix + name, value);
        }
    }

    public static void SetConditions(Request request, BlobUploadOptions options)
    {
        if (options.IfMatch is { } ifMatch) request.Headers.SetValue("If-Match", ifMatch.ToString("H"));
        if (!options.Overwrite) request.Headers.SetValue("If-None-Match", "*");
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex MetadataName();
}
