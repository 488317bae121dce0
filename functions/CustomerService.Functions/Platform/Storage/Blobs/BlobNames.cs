using System.Text.RegularExpressions;

namespace CustomerService.Functions.Platform.Storage.Blobs;

/// <summary>
/// Container and blob name rules and how names go into a URI. Blob names may hold any Unicode
/// (Cyrillic, spaces); each '/'-separated segment is percent-encoded as UTF-8 so the request path
/// and the Shared Key canonical resource (built from the encoded path) agree with the service.
/// Spec: https://learn.microsoft.com/rest/api/storageservices/naming-and-referencing-containers--blobs--and-metadata
/// </summary>
internal static partial class BlobNames
{
    public const int MaxBlobNameLength = 1024;

    public static string ValidateContainer(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return ContainerPattern().IsMatch(name) && !name.Contains("--", StringComparison.Ordinal)
            ? name
            : throw new ArgumentException($"'{name}' is not a valid container name (3–63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit).", nameof(name));
    }

    public static string ValidateBlob(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (name.Length > MaxBlobNameLength) throw new ArgumentException($"A blob name is at most {MaxBlobNameLength} characters.", nameof(name));
        // System.Uri collapses "." and ".." segments, so such a name would address another blob.
        if (name.Split('/').Any(segment => segment is "." or ".."))
        {
            throw new ArgumentException("A blob name must not contain '.' or '..' path segments.", nameof(name));
        }
        return name;
    }

    /// <summary>The name as a URI path: every segment percent-encoded (UTF-8), the '/' separators kept.</summary>
    public static string EscapePath(string blobName) =>
        string.Join('/', blobName.Split('/').Select(Uri.EscapeDataString));

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex ContainerPattern();
}
