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
        var row = new TableEntity(Day(createdAt), $"{appeal.PartitionKey}-{message.RowKey["m-".Length..]}")
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

    public static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
