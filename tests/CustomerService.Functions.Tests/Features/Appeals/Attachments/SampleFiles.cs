using System.IO.Compression;
using System.Text;

namespace CustomerService.Functions.Tests.Features.Appeals.Attachments;

/// <summary>Real minimal files of each kind, built byte by byte (or with System.IO.Compression).</summary>
internal static class SampleFiles
{
    /// <summary>A sample by its method name, for theory data (xUnit needs serializable arguments).</summary>
    public static byte[] ByName(string name) => name switch
    {
        nameof(Pdf) => Pdf(),
        nameof(Png) => Png(),
        nameof(PngWithoutIhdr) => PngWithoutIhdr(),
        nameof(Jpeg) => Jpeg(),
        nameof(Gif) => Gif(),
        nameof(Tiff) => Tiff(),
        nameof(Heic) => Heic(),
        nameof(Mp4) => Mp4(),
        nameof(Docx) => Docx(),
        nameof(Xlsx) => Xlsx(),
        nameof(Odt) => Odt(),
        nameof(PlainZip) => PlainZip(),
        nameof(WindowsExecutable) => WindowsExecutable(),
        nameof(Elf) => Elf(),
        nameof(ShellScript) => ShellScript(),
        nameof(Html) => Html(),
        nameof(Svg) => Svg(),
        nameof(Text) => Text(),
        nameof(Gzip) => Gzip(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such sample"),
    };

    public static byte[] Pdf() => Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static byte[] Png() =>
    [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, // signature
        0x00, 0x00, 0x00, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R', // IHDR, length 13
        0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4, 0x89,
    ];

    public static byte[] PngWithoutIhdr() => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0, (byte)'t', (byte)'E', (byte)'X', (byte)'t'];

    public static byte[] Jpeg() => [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xFF, 0xD9];

    public static byte[] Gif() => [.. "GIF89a"u8, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x3B];

    public static byte[] Tiff() => [0x49, 0x49, 0x2A, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00];

    public static byte[] Heic() => IsoFile("heic");

    public static byte[] Mp4() => IsoFile("isom");

    public static byte[] Docx(bool macros = false) => Zip(
        ("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
        ("_rels/.rels", "<Relationships/>"),
        ("word/document.xml", "<w:document/>"),
        macros ? ("word/vbaProject.bin", "macro") : ("docProps/app.xml", "<Properties/>"));

    public static byte[] Xlsx() => Zip(("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>"));

    /// <summary>ODF: the first entry is an uncompressed "mimetype" naming the document type.</summary>
    public static byte[] Odt() => Zip(("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<office:document-content/>"));

    public static byte[] PlainZip() => Zip(("readme.txt", "привет"), ("setup.exe", "MZ"));

    /// <summary>An OLE2 compound file header followed by a directory entry with the given UTF-16 stream name.</summary>
    public static byte[] Ole2(string streamName)
    {
        var bytes = new byte[1536];
        byte[] header = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        header.CopyTo(bytes, 0);
        Encoding.Unicode.GetBytes(streamName).CopyTo(bytes, 1024);
        return bytes;
    }

    public static byte[] WindowsExecutable()
    {
        var bytes = new byte[256];
        "MZ"u8.CopyTo(bytes);
        "This program cannot be run in DOS mode."u8.CopyTo(bytes.AsSpan(78));
        return bytes;
    }

    public static byte[] Elf() => [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0, 0, 0, 0, 0, 0, 0, 0];

    public static byte[] ShellScript() => Encoding.UTF8.GetBytes("#!/bin/sh\nrm -rf ~\n");

    public static byte[] Html() => Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>");

    public static byte[] Svg() => Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>");

    public static byte[] Text() => Encoding.UTF8.GetBytes("Прошу пересчитать плату за май.\r\nЛицевой счёт 1234567890.\n");

    public static byte[] Gzip() => [0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0, 0x03];

    private static byte[] IsoFile(string brand) => [0x00, 0x00, 0x00, 0x18, .. "ftyp"u8, .. Encoding.ASCII.GetBytes(brand), 0x00, 0x00, 0x00, 0x00, .. "mif1heic"u8];

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                var entry = zip.CreateEntry(name, name == "mimetype" ? CompressionLevel.NoCompression : CompressionLevel.Optimal);
                using var stream = entry.Open();
                stream.Write(Encoding.UTF8.GetBytes(text));
            }
        }
        return buffer.ToArray();
    }
}
