using System.IO.Compression;
using System.Text;

namespace CustomerService.Functions.Features.Appeals.Attachments;

/// <summary>
/// Decides what a file is from its bytes alone — never from its name or declared type, which the
/// sender controls. Known-bad kinds (programs, scripts, web pages, archives) are named so the
/// refusal can say what the file really is. Reads only the seekable buffer it is given.
/// </summary>
public static class ContentSniffer
{
    internal const int HeadLength = 512;

    public static SniffResult Sniff(Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var head = ReadHead(content);
        if (head.Length == 0) return SniffResult.Refused("пустой файл");
        return Magic.Binary(head)
            ?? Containers(head, content)
            ?? Magic.Refused(head)
            ?? TextContent.Sniff(content);
    }

    private static SniffResult? Containers(byte[] head, Stream content)
    {
        if (Magic.StartsWith(head, Magic.Zip)) return ZipDocument(content);
        if (Magic.StartsWith(head, Magic.Ole2)) return Ole2Document(content);
        return null;
    }

    /// <summary>
    /// OOXML packages carry <c>[Content_Types].xml</c> and a main part folder; ODF packages start with
    /// a <c>mimetype</c> entry naming the document type. Anything else in a ZIP is an archive we refuse:
    /// it could hold anything. Only directory entries and two tiny parts are read, never the rest.
    /// </summary>
    private static SniffResult ZipDocument(Stream content)
    {
        content.Position = 0;
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (names.Contains("[Content_Types].xml")) return Ooxml(names);
            if (zip.GetEntry("mimetype") is { } mimetype) return OpenDocument(ReadSmallText(mimetype));
            return SniffResult.Refused("архив ZIP, а не документ");
        }
        catch (InvalidDataException)
        {
            return SniffResult.Refused("повреждённый архив ZIP");
        }
    }

    private static SniffResult Ooxml(IReadOnlySet<string> names)
    {
        // Macro projects (docm/xlsm and look-alikes renamed to docx) run code when opened.
        if (names.Any(n => n.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase))) return SniffResult.Refused("документ Office с макросами");
        if (names.Contains("word/document.xml")) return SniffResult.Is(AttachmentType.Docx);
        if (names.Contains("xl/workbook.xml")) return SniffResult.Is(AttachmentType.Xlsx);
        return SniffResult.Refused("пакет Office неподдерживаемого вида");
    }

    private static SniffResult OpenDocument(string mimetype) => mimetype.Trim() switch
    {
        "application/vnd.oasis.opendocument.text" => SniffResult.Is(AttachmentType.Odt),
        "application/vnd.oasis.opendocument.spreadsheet" => SniffResult.Is(AttachmentType.Ods),
        _ => SniffResult.Refused("пакет OpenDocument неподдерживаемого вида"),
    };

    private static string ReadSmallText(ZipArchiveEntry entry)
    {
        if (entry.Length > 200) return "";
        using var reader = new StreamReader(entry.Open(), Encoding.ASCII);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// OLE2 compound files are old Word and Excel documents but also MSI installers; the stream
    /// names in the directory (UTF-16) tell them apart: Word keeps "WordDocument", Excel "Workbook"
    /// (or "Book" before Excel 97).
    /// </summary>
    private static SniffResult Ole2Document(Stream content)
    {
        if (Utf16Scan.Contains(content, "WordDocument")) return SniffResult.Is(AttachmentType.Doc);
        if (Utf16Scan.Contains(content, "Workbook") || Utf16Scan.Contains(content, "Book")) return SniffResult.Is(AttachmentType.Xls);
        return SniffResult.Refused("составной файл Windows (например, установщик), а не документ Office");
    }

    private static byte[] ReadHead(Stream content)
    {
        content.Position = 0;
        var buffer = new byte[HeadLength];
        var read = content.ReadAtLeast(buffer, HeadLength, throwOnEndOfStream: false);
        content.Position = 0;
        return buffer[..read];
    }
}
