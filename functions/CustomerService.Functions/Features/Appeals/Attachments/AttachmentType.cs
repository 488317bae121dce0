namespace CustomerService.Functions.Features.Appeals.Attachments;

/// <summary>
/// A file type we can recognise by its content. <see cref="Extensions"/>[0] is the canonical one
/// (appended to names that have none); <see cref="DeclaredTypes"/> are the Content-Type values a
/// client may legitimately send for it besides the generic octet-stream.
/// </summary>
public sealed record AttachmentType(string Id, string ContentType, string Description, string[] Extensions, string[] DeclaredTypes)
{
    public string CanonicalExtension => Extensions[0];

    public static readonly AttachmentType Pdf = new("pdf", "application/pdf", "PDF-документом", [".pdf"], ["application/pdf", "application/x-pdf"]);
    public static readonly AttachmentType Jpeg = new("jpeg", "image/jpeg", "изображением JPEG", [".jpg", ".jpeg", ".jfif"], ["image/jpeg", "image/jpg", "image/pjpeg"]);
    public static readonly AttachmentType Png = new("png", "image/png", "изображением PNG", [".png"], ["image/png", "image/x-png"]);
    public static readonly AttachmentType Gif = new("gif", "image/gif", "изображением GIF", [".gif"], ["image/gif"]);
    public static readonly AttachmentType Heic = new("heic", "image/heic", "изображением HEIC", [".heic", ".heif"], ["image/heic", "image/heif", "image/heic-sequence", "image/heif-sequence"]);
    public static readonly AttachmentType Tiff = new("tiff", "image/tiff", "изображением TIFF", [".tif", ".tiff"], ["image/tiff", "image/tif"]);
    public static readonly AttachmentType Docx = new("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "документом Word (DOCX)", [".docx"],
        ["application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/zip", "application/x-zip-compressed"]);
    public static readonly AttachmentType Xlsx = new("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "таблицей Excel (XLSX)", [".xlsx"],
        ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/zip", "application/x-zip-compressed"]);
    public static readonly AttachmentType Odt = new("odt", "application/vnd.oasis.opendocument.text", "документом OpenDocument (ODT)", [".odt"],
        ["application/vnd.oasis.opendocument.text", "application/zip", "application/x-zip-compressed"]);
    public static readonly AttachmentType Ods = new("ods", "application/vnd.oasis.opendocument.spreadsheet", "таблицей OpenDocument (ODS)", [".ods"],
        ["application/vnd.oasis.opendocument.spreadsheet", "application/zip", "application/x-zip-compressed"]);
    public static readonly AttachmentType Doc = new("doc", "application/msword", "документом Word (DOC)", [".doc"], ["application/msword"]);
    public static readonly AttachmentType Xls = new("xls", "application/vnd.ms-excel", "таблицей Excel (XLS)", [".xls"], ["application/vnd.ms-excel", "application/msexcel"]);
    public static readonly AttachmentType Text = new("txt", "text/plain; charset=utf-8", "текстовым файлом", [".txt"], ["text/plain"]);

    public static IReadOnlyList<AttachmentType> All { get; } = [Pdf, Jpeg, Png, Gif, Heic, Tiff, Docx, Xlsx, Odt, Ods, Doc, Xls, Text];

    public static AttachmentType? ById(string id) => All.FirstOrDefault(t => string.Equals(t.Id, id, StringComparison.OrdinalIgnoreCase));

    public static AttachmentType? ByExtension(string extension) =>
        All.FirstOrDefault(t => t.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase));

    /// <summary>The type a declared Content-Type names, ignoring generic zip aliases shared by several types.</summary>
    public static AttachmentType? ByDeclaredType(string mediaType) =>
        All.FirstOrDefault(t => t.DeclaredTypes[0].Equals(mediaType, StringComparison.OrdinalIgnoreCase)
            || t.DeclaredTypes.Skip(1).Any(d => d.Equals(mediaType, StringComparison.OrdinalIgnoreCase) && !d.Contains("zip", StringComparison.Ordinal)));
}
