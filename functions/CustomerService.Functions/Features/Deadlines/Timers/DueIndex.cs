using System.Globalization;
using Azure;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Deadlines.Timers;

/// <summary>
/// The due-date index: one row per pending milestone, partitioned by the UTC hour it falls due
/// (<c>yyyyMMddHH</c>), so the sweep reads only the hours up to now — its cost grows with what is
/// due, not with the register. A milestone already past when written goes into the current hour's
/// bucket, so a row never lands behind the sweep's cursor.
/// </summary>
public static class DueIndex
{
    public const string CursorPartition = "cursor";
    public const string CursorRow = "sweep";

    public static string Bucket(DateTimeOffset at) => at.UtcDateTime.ToString("yyyyMMddHH", CultureInfo.InvariantCulture);

    public static DateTimeOffset BucketStart(string bucket) =>
        new(DateTime.ParseExact(bucket, "yyyyMMddHH", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal), TimeSpan.Zero);

    public static string RowKey(string appealId, long version, string milestoneId) =>
        $"{appealId}-{version.ToString("D10", CultureInfo.InvariantCulture)}-{milestoneId}";

    public static TableEntity Row(string appealId, long version, MilestoneState milestone, DateTimeOffset now) =>
        new(Bucket(milestone.At > now ? milestone.At : now), RowKey(appealId, version, milestone.Id))
        {
            ["AppealId"] = appealId, ["Version"] = version, ["MilestoneId"] = milestone.Id, ["At"] = milestone.At,
        };

    public static TimerMessage Timer(TableEntity row) =>
        new(row.GetString("AppealId")!, row.GetInt64("Version") ?? 0, row.GetString("MilestoneId")!, row.GetDateTimeOffset("At")!.Value, row.PartitionKey);

    /// <summary>Removes one index row; already gone is fine (a duplicate timer, or the sync removed it).</summary>
    public static async Task RemoveAsync(TableClient index, string bucket, string rowKey, CancellationToken cancellationToken)
    {
        try
        {
            await index.DeleteEntityAsync(bucket, rowKey, ETag.All, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
        }
    }
}
