namespace CustomerService.Functions.Features.Appeals.Attachments;

/// <summary>File signatures ("magic bytes") at the start of a file.</summary>
internal static class Magic
{
    public static readonly byte[] Zip = "PK\u0003\u0004"u8.ToArray();
    public static readonly byte[] Ole2 = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Gif87 = "GIF87a"u8.ToArray();
    private static readonly byte[] Gif89 = "GIF89a"u8.ToArray();
    private static readonly byte[] TiffLittle = [0x49, 0x49, 0x2A, 0x00];
    private static readonly byte[] TiffBig = [0x4D, 0x4D, 0x00, 0x2A];
    private static readonly string[] HeicBrands = ["heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1"];

    /// <summary>Accepted binary formats recognisable from the head alone.</summary>
    public static SniffResult? Binary(byte[] head)
    {
        if (StartsWith(head, Pdf)) return SniffResult.Is(AttachmentType.Pdf);
        if (StartsWith(head, Jpeg)) return SniffResult.Is(AttachmentType.Jpeg);
        // PNG: the signature, then the first chunk must be IHDR (length 13).
        if (StartsWith(head, Png)) return head.AsSpan().Length >= 16 && head.AsSpan(12, 4).SequenceEqual("IHDR"u8) ? SniffResult.Is(AttachmentType.Png) : SniffResult.Refused("повреждённое изображение PNG");
        if (StartsWith(head, Gif87) || StartsWith(head, Gif89)) return SniffResult.Is(AttachmentType.Gif);
        if (StartsWith(head, TiffLittle) || StartsWith(head, TiffBig)) return SniffResult.Is(AttachmentType.Tiff);
        if (IsoBrand(head) is { } brand) return HeicBrands.Contains(brand) ? SniffResult.Is(AttachmentType.Heic) : SniffResult.Refused("видео или мультимедийный файл");
        return null;
    }

    /// <summary>Kinds refused on sight: programs, archives, scripts.</summary>
    public static SniffResult? Refused(byte[] head)
    {
        if (StartsWith(head, "MZ"u8)) return SniffResult.Refused("исполняемая программа Windows");
        if (StartsWith(head, [0x7F, 0x45, 0x4C, 0x46])) return SniffResult.Refused("исполняемая программа (ELF)");
        if (StartsWith(head, [0xFE, 0xED, 0xFA, 0xCE]) || StartsWith(head, [0xFE, 0xED, 0xFA, 0xCF]) || StartsWith(head, [0xCF, 0xFA, 0xED, 0xFE])
            || StartsWith(head, [0xCE, 0xFA, 0xED, 0xFE]) || StartsWith(head, [0xCA, 0xFE, 0xBA, 0xBE])) return SniffResult.Refused("исполняемая программа (Mach-O или Java)");
        if (StartsWith(head, "#!"u8)) return SniffResult.Refused("сценарий (скрипт)");
        if (StartsWith(head, "PK\u0005\u0006"u8) || StartsWith(head, "PK\u0007\u0008"u8)) return SniffResult.Refused("архив ZIP, а не документ");
        if (StartsWith(head, "Rar!\u001A\u0007"u8)) return SniffResult.Refused("архив RAR");
        if (StartsWith(head, [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C])) return SniffResult.Refused("архив 7-Zip");
        if (StartsWith(head, [0x1F, 0x8B])) return SniffResult.Refused("архив GZIP");
        if (StartsWith(head, "BZh"u8)) return SniffResult.Refused("архив BZIP2");
        if (StartsWith(head, [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00])) return SniffResult.Refused("архив XZ");
        if (StartsWith(head, "{\\rtf"u8)) return SniffResult.Refused("документ RTF (может содержать встроенные объекты)");
        return null;
    }

    public static bool StartsWith(byte[] head, ReadOnlySpan<byte> signature) => head.AsSpan().StartsWith(signature);

    /// <summary>The major brand of an ISO base media file (HEIC, AVIF, MP4, MOV): bytes 4–7 are "ftyp".</summary>
    private static string? IsoBrand(byte[] head) =>
        head.Length >= 12 && head.AsSpan(4, 4).SequenceEqual("ftyp"u8) ? System.Text.Encoding.ASCII.GetString(head, 8, 4) : null;
}
