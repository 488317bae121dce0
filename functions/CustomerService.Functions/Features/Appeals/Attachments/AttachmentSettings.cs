using CustomerService.Functions.Platform.Configuration;

namespace CustomerService.Functions.Features.Appeals.Attachments;

/// <summary>Every setting the attachments component reads.</summary>
public static class AttachmentSettings
{
    [AppSetting("Largest accepted attachment in bytes (default 10485760 = 10 MiB).", Optional = true)]
    public const string MaxFileBytes = "Appeals:Attachments:MaxFileBytes";

    [AppSetting("Most attachments one appeal may carry (default 5).", Optional = true)]
    public const string MaxCount = "Appeals:Attachments:MaxCount";

    [AppSetting("Largest total size of one appeal's attachments in bytes (default 26214400 = 25 MiB).", Optional = true)]
    public const string MaxTotalBytes = "Appeals:Attachments:MaxTotalBytes";

    [AppSetting("Accepted attachment types, comma-separated ids (default all: pdf,jpeg,png,gif,heic,tiff,docx,xlsx,odt,ods,doc,xls,txt).", Optional = true)]
    public const string AllowedTypes = "Appeals:Attachments:AllowedTypes";

    [AppSetting("Minutes a staff download link stays valid (default 5).", Optional = true)]
    public const string DownloadLinkMinutes = "Appeals:Attachments:DownloadLinkMinutes";
}
