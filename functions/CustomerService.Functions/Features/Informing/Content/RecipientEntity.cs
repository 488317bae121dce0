using System.Globalization;
using CustomerService.Functions.Features.Informing.Recipients;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Informing.Content;

/// <summary>A recipient row: RowKey = account (checked to letters, digits, '.' and '-', so always a valid key); the amount as exact text.</summary>
internal static class RecipientEntity
{
    public static TableEntity From(string partition, Recipient r) => new(partition, r.Account)
    {
        ["Name"] = r.Name, ["Amount"] = r.Amount?.ToString(CultureInfo.InvariantCulture), ["Phone"] = r.Phone, ["Email"] = r.Email, ["Address"] = r.Address,
        ["PreferredChannel"] = r.PreferredChannel, ["Consent"] = r.Consent, ["Language"] = r.Language,
        ["Lines"] = string.Join(',', r.Lines.Select(l => l.ToString(CultureInfo.InvariantCulture))), ["Channel"] = r.Channel, ["SkipReason"] = r.SkipReason,
    };

    public static Recipient ToRecipient(TableEntity row) => new(
        row.RowKey, row.GetString("Name"), row.GetString("Amount") is { } amount ? decimal.Parse(amount, CultureInfo.InvariantCulture) : null,
        row.GetString("Phone"), row.GetString("Email"), row.GetString("Address"), row.GetString("PreferredChannel"), row.GetBoolean("Consent"),
        row.GetString("Language"), [.. (row.GetString("Lines") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(l => int.Parse(l, CultureInfo.InvariantCulture))],
        row.GetString("Channel"), row.GetString("SkipReason"));
}
