namespace CustomerService.Functions.Features.Informing.Campaigns.Model;

/// <summary>
/// A recipient's state in a campaign (AI-02: the result of every message is kept). Only moves
/// forward: pending → sent → delivered | failed; pending → skipped | failed.
/// </summary>
public static class CampaignItemStatus
{
    public const string Pending = "pending";
    public const string Sent = "sent";
    public const string Delivered = "delivered";
    public const string Failed = "failed";
    public const string Skipped = "skipped";

    public static IReadOnlyList<string> All { get; } = [Pending, Sent, Delivered, Failed, Skipped];

    public static int Rank(string? status) => status switch
    {
        Pending => 0,
        Sent => 1,
        _ => 2,
    };
}

/// <summary>Why a recipient got no message; stored with the item and counted in the report.</summary>
public static class SkipReasons
{
    public const string OptedOut = "optedOut";
    public const string NoConsent = "noConsent";
    public const string NoContact = "noContact";
    public const string OutsideWindow = "outsideWindow";
    public const string Cancelled = "cancelled";

    public static IReadOnlyList<string> All { get; } = [OptedOut, NoConsent, NoContact, OutsideWindow, Cancelled];

    /// <summary>Russian wording for the report.</summary>
    public static string Describe(string reason) => reason switch
    {
        OptedOut => "клиент отказался от рассылок по этому каналу",
        NoConsent => "нет согласия на рассылку",
        NoContact => "нет телефона или e-mail для каналов рассылки",
        OutsideWindow => "не успели отправить до окончания окна рассылки (с учётом тихих часов)",
        Cancelled => "рассылка отменена",
        _ => reason,
    };
}
