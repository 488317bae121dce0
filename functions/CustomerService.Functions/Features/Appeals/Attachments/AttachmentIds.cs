using System.Text.RegularExpressions;

namespace CustomerService.Functions.Features.Appeals.Attachments;

/// <summary>
/// Blob names are <c>{appealId}/{attachmentId}</c>, both from a closed alphabet checked here, so
/// nothing a client sends (file name, route value) can become a storage path.
/// </summary>
public static partial class AttachmentIds
{
    /// <summary>Position in the appeal (01, 02, …) and the first 12 hex digits of the content's SHA-256.</summary>
    public static string For(int index, string sha256) => $"{index:D2}-{sha256[..12]}";

    public static string BlobName(string appealId, string attachmentId) => $"{appealId}/{attachmentId}";

    public static bool IsAppealId(string? value) => value is not null && AppealId().IsMatch(value);

    public static bool IsAttachmentId(string? value) => value is not null && AttachmentId().IsMatch(value);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$", RegexOptions.CultureInvariant)]
    private static partial Regex AppealId();

    [GeneratedRegex("^[0-9]{2}-[0-9a-f]{12}$", RegexOptions.CultureInvariant)]
    private static partial Regex AttachmentId();
}
