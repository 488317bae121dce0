using System.Globalization;
using System.Text;
using CustomerService.Functions.Features.Appeals.Journal;
using CustomerService.Functions.Features.Informing.Campaigns.Model;
using CustomerService.Functions.Features.Informing.Campaigns.Store;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Informing.Campaigns.Reports;

/// <summary>
/// The final report of a campaign (AI-02, AI-04): one line per recipient with the channel, the
/// address, the outcome and why — CSV for Russian Excel like the complaint journal (UTF-8 BOM,
/// <c>;</c>, CRLF, local times of the organization, cells neutralised against formula injection:
/// list values come from billing exports and may start with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c>).
/// </summary>
public static class CampaignReportCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static readonly string[] Headers =
        ["Получатель", "Канал", "Адрес", "Состояние", "Причина пропуска", "Отправлено", "Попыток", "Ошибка", "Идентификатор ACS"];

    public static async Task<byte[]> WriteAsync(CampaignTables tables, string campaignId, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        AppendLine(text, Headers);
        for (var shard = 0; shard < CampaignTables.Shards; shard++)
        {
            await foreach (var item in tables.Items.QueryAsync(TableFilter.PartitionKeyEquals(CampaignTables.ItemPartition(campaignId, shard)), cancellationToken: cancellationToken))
                AppendLine(text, Cells(item, zone));
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string?[] Cells(TableEntity item, TimeZoneInfo zone) =>
    [
        item.GetString(CampaignItem.RecipientKey),
        item.GetString(CampaignItem.Channel),
        item.GetString(CampaignItem.Address),
        item.GetString(CampaignItem.Status),
        item.GetString(CampaignItem.Reason) is { } reason ? SkipReasons.Describe(reason) : null,
        item.GetDateTimeOffset(CampaignItem.SentAt) is { } sent ? TimeZoneInfo.ConvertTime(sent, zone).ToString("dd.MM.yyyy HH:mm:ss", CultureInfo.InvariantCulture) : null,
        item.GetInt32(CampaignItem.Attempts)?.ToString(CultureInfo.InvariantCulture),
        item.GetString(CampaignItem.LastError),
        item.GetString(CampaignItem.AcsMessageId),
    ];

    private static void AppendLine(StringBuilder text, IEnumerable<string?> cells) => text.AppendJoin(';', cells.Select(JournalCsv.Field)).Append("\r\n");
}
