using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Appeals.Outbox;

/// <summary>
/// An outbound message waiting for the informing issue to send it (<c>Outbox</c>: partition =
/// UTC day it was created, row = <c>{appealId}-{name}</c>, so a redelivered event finds its row).
/// </summary>
public static class OutboxRow
{
    public const string Pending = "pending";

    public static TableEntity From(TableEntity appeal, TableEntity message)
    {
        var createdAt = message.GetDateTimeOffset("CreatedAt")!.Value;
        var row = new TableEntity(Day(createdAt), $"{appeal.PartitionKey}-{MessageName(appeal.PartitionKey, message.RowKey)}")
        {
            ["AppealId"] = appeal.PartitionKey,
            ["RegistrationNumber"] = appeal.GetString("RegistrationNumber")!,
            ["Channel"] = message.GetString("Channel")!,
            ["Language"] = message.GetString("Language")!,
            ["Subject"] = message.GetString("Subject")!,
            ["Body"] = message.GetString("Body")!,
            ["StatusPath"] = message.GetString("StatusPath")!,
            ["CreatedAt"] = createdAt,
            ["State"] = Pending,
        };
        if (message.GetString("To") is { } to) row["To"] = to;
        return row;
    }

    /// <summary>"acknowledgement" from <c>m-acknowledgement-{appealId}</c> (or <c>m-{name}</c>): the row key without its prefix and appeal-id suffix.</summary>
    private static string MessageName(string appealId, string rowKey)
    {
        var name = rowKey["m-".Length..];
        return name.EndsWith("-" + appealId, StringComparison.Ordinal) ? name[..^(appealId.Length + 1)] : name;
    }

    public static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
