using System.Net.Http.Headers;

namespace CustomerService.Functions.Features.Appeals.Attachments;

/// <summary>
/// Decides whether a file may be attached: count and size limits, the type found in its content,
/// and agreement of the sender's extension and declared Content-Type with that content. Pure:
/// it reads only the buffered content it is handed.
/// </summary>
public sealed class AttachmentPolicy(AttachmentOptions options)
{
    public AttachmentOptions Options { get; } = options;

    /// <summary>Refusal when one more file would exceed the count limit, else null.</summary>
    public string? CheckCount(int alreadyAccepted) =>
        alreadyAccepted >= Options.MaxCount ? $"К обращению можно приложить не больше {Options.MaxCount} файлов." : null;

    /// <summary>How many bytes the next file may have: the per-file limit or what is left of the total, whichever is smaller.</summary>
    public long ByteBudget(long acceptedBytes) => Math.Max(0, Math.Min(Options.MaxFileBytes, Options.MaxTotalBytes - acceptedBytes));

    /// <summary>The refusal for a file cut off at <paramref name="budget"/> bytes.</summary>
    public string TooLarge(string safeName, long budget) => budget < Options.MaxFileBytes
        ? $"Файл \"{safeName}\" не помещается: общий размер вложений не может превышать {Mebibytes(Options.MaxTotalBytes)}."
        : $"Файл \"{safeName}\" больше {Mebibytes(Options.MaxFileBytes)}.";

    /// <summary>Checks one fully buffered file; <paramref name="content"/> must be seekable.</summary>
    public AttachmentVerdict Check(string? fileName, string? declaredContentType, Stream content)
    {
        var safeName = AttachmentFileName.Sanitize(fileName);
        var sniffed = ContentSniffer.Sniff(content);
        var claimed = Claimed(safeName, declaredContentType);
        if (sniffed.Type is not { } type) return Refuse(safeName, claimed.ByExtension ?? claimed.ByDeclaredType, sniffed.Refusal!);
        if (claimed.ByExtension is { } named && named != type) return Refuse(safeName, named, ToNominative(type.Description));
        if (claimed.ByDeclaredType is { } declaredType && declaredType != type) return Refuse(safeName, declaredType, ToNominative(type.Description));
        if (claimed.UnknownExtension) return AttachmentVerdict.Refused($"Расширение файла \"{safeName}\" не соответствует содержимому: ожидается {type.CanonicalExtension}.");
        if (claimed.UnknownDeclaredType is { } declared) return AttachmentVerdict.Refused($"Файл \"{safeName}\" отправлен как \"{declared}\", но по содержимому он является {type.Description}.");
        if (!Options.AllowedTypes.Contains(type)) return AttachmentVerdict.Refused(
            $"Файл \"{safeName}\" не принимается: файлы этого типа прикладывать нельзя. Можно: {string.Join(", ", Options.AllowedTypes.Select(t => t.CanonicalExtension))}.");
        var storedName = AttachmentFileName.ExtensionOf(safeName).Length == 0 ? AttachmentFileName.Sanitize(safeName + type.CanonicalExtension) : safeName;
        return AttachmentVerdict.Accepted(type, storedName);
    }

    private static AttachmentVerdict Refuse(string safeName, AttachmentType? claimed, string what) => claimed is null
        ? AttachmentVerdict.Refused($"Файл \"{safeName}\" не принимается: по содержимому это {what}.")
        : AttachmentVerdict.Refused($"Файл \"{safeName}\" не является {claimed.Description}: по содержимому это {what}.");

    /// <summary>"PDF-документом" → "PDF-документ" for «по содержимому это …»: the descriptions are in the instrumental case.</summary>
    private static string ToNominative(string instrumental) => instrumental
        .Replace("документом", "документ", StringComparison.Ordinal)
        .Replace("изображением", "изображение", StringComparison.Ordinal)
        .Replace("таблицей", "таблица", StringComparison.Ordinal)
        .Replace("текстовым файлом", "текстовый файл", StringComparison.Ordinal);

    /// <summary>What the sender says the file is: by extension (known or not) and by declared Content-Type.</summary>
    private static Claim Claimed(string safeName, string? declaredContentType)
    {
        var extension = AttachmentFileName.ExtensionOf(safeName);
        var byExtension = extension.Length == 0 ? null : AttachmentType.ByExtension(extension);
        var mediaType = MediaType(declaredContentType);
        var generic = mediaType is null or "application/octet-stream" or "binary/octet-stream" or "application/zip" or "application/x-zip-compressed";
        var byDeclared = generic ? null : AttachmentType.ByDeclaredType(mediaType!);
        return new Claim(byExtension, byDeclared, extension.Length > 0 && byExtension is null, !generic && byDeclared is null ? mediaType : null);
    }

    private static string? MediaType(string? declared) =>
        !string.IsNullOrWhiteSpace(declared) && MediaTypeHeaderValue.TryParse(declared, out var parsed) ? parsed.MediaType?.ToLowerInvariant() : null;

    private static string Mebibytes(long bytes) => bytes % (1024 * 1024) == 0 ? $"{bytes / (1024 * 1024)} МБ" : $"{bytes} байт";

    private sealed record Claim(AttachmentType? ByExtension, AttachmentType? ByDeclaredType, bool UnknownExtension, string? UnknownDeclaredType);
}

/// <summary>The outcome for one file: accepted with its type and safe name, or refused with a Russian message for the sender.</summary>
public sealed record AttachmentVerdict(AttachmentType? Type, string? SafeName, string? Refusal)
{
    public bool IsAccepted => Type is not null;

    public static AttachmentVerdict Accepted(AttachmentType type, string safeName) => new(type, safeName, null);

    public static AttachmentVerdict Refused(string message) => new(null, null, message);
}
