namespace CustomerService.Functions.Features.Informing.Campaigns.Store;

/// <summary>
/// One recipient of a campaign (<c>CampaignItems</c>: partition <c>{campaign}-{shard}</c>, row
/// <c>{group}-{sequence}</c>): the channel and address chosen at planning, the recipient's zone,
/// language and values for rendering, and the outcome.
/// </summary>
public static class CampaignItem
{
    public const string RecipientKey = "RecipientKey";
    public const string Channel = "Channel";
    public const string Address = "Address";
    public const string TimeZone = "TimeZone";
    public const string Language = "Language";
    public const string Values = "Values";
    public const string Status = "Status";
    public const string Reason = "Reason";
    public const string Attempts = "Attempts";
    public const string LastError = "LastError";
    public const string SentAt = "SentAt";
    public const string AcsMessageId = "AcsMessageId";
    public const string ReportedAt = "ReportedAt";

    /// <summary>The id a message to this item carries everywhere (delivery records, ACS tags): campaign, partition and row.</summary>
    public static string MessageId(string partition, string row) => $"{partition}.{row}";

    public static (string Partition, string Row)? ParseMessageId(string? id) =>
        id?.Split('.') is [{ Length: > 0 } partition, { Length: > 0 } row] ? (partition, row) : null;

    public static string RowKey(string group, long sequence) => $"{group}-{sequence:D9}";
}
