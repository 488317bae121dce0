using System.Globalization;
using System.Text;
using CustomerService.Functions.Features.Informing.Recipients;
using CustomerService.Functions.Platform.Security;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Informing.Content;

/// <summary>A stored list's summary and validation report.</summary>
public sealed record RecipientListSummary(
    string Id, string Name, string UploadedBy, DateTimeOffset UploadedAt, string Encoding, string Separator, bool HasHeader,
    int Rows, int Accepted, int Rejected, int Merged, int Skipped, RecipientChannelCounts Channels, int Shards, RecipientListReport Report);

public sealed record RecipientChannelCounts(int Sms, int Email);

/// <param name="Truncated">True when the file had more problems than the report keeps (<see cref="RecipientListStore.MaxReportEntries"/>).</param>
public sealed record RecipientListReport(bool Truncated, IReadOnlyList<RowProblem> Problems, IReadOnlyList<RowMerge> Merges);

/// <summary>One page of a list's recipients; pass <see cref="Continuation"/> back for the next, null at the end.</summary>
public sealed record RecipientPage(string ListId, IReadOnlyList<Recipient> Recipients, string? Continuation);

/// <summary>
/// Recipient lists in Table storage. An upload writes the recipients first (entity-group
/// transactions of 100 per shard partition, shards in parallel), then the report rows, then the
/// summary row last: a list exists for readers only once it is complete, so an interrupted upload
/// leaves no half list (only unreachable rows). Campaigns page through the shards in order
/// (<see cref="ReadPageAsync"/>) or read each shard partition on its own (<see cref="RecipientShards"/>).
/// </summary>
public sealed class RecipientListStore(InformingContentTables tables, TimeProvider time)
{
    public const string SummaryRowKey = "list";
    public const int MaxReportEntries = 5_000;
    private const int Parallelism = 8;

    private TableClient Lists => tables.Table(InformingContentTables.RecipientLists);
    private TableClient Recipients => tables.Table(InformingContentTables.Recipients);

    public async Task<RecipientListSummary> SaveAsync(ParsedRecipientList parsed, string name, IReadOnlyList<Recipient> recipients, StaffUser user, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken);
        var id = Guid.NewGuid().ToString("N");
        var shards = RecipientShards.CountFor(recipients.Count);
        var batches = recipients
            .GroupBy(r => RecipientShards.Of(r.Account, shards))
            .SelectMany(g => g.Chunk(100).Select(chunk => chunk.Select(r => RecipientEntity.From(RecipientShards.Partition(id, g.Key), r)).ToList()))
            .ToList();
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (batch, token) => await Recipients.SubmitTransactionAsync([.. batch.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e))], token));

        var problems = parsed.Problems.Take(MaxReportEntries).ToList();
        var merges = parsed.Merges.Take(MaxReportEntries).ToList();
        var report = new RecipientListReport(parsed.Problems.Count > problems.Count || parsed.Merges.Count > merges.Count, problems, merges);
        var reportRows = ReportRows(id, report).Chunk(100).ToList();
        foreach (var chunk in reportRows)
            await Lists.SubmitTransactionAsync([.. chunk.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e))], cancellationToken);

        var summary = new RecipientListSummary(id, name, user.Id, time.GetUtcNow(), parsed.Encoding, parsed.Separator.ToString(), parsed.HasHeader,
            parsed.Rows, recipients.Count, parsed.RejectedRows, parsed.Merges.Count, recipients.Count(r => r.Channel is null),
            new(recipients.Count(r => r.Channel == RecipientChannels.Sms), recipients.Count(r => r.Channel == RecipientChannels.Email)), shards, report);
        await Lists.AddEntityAsync(SummaryEntity(summary), cancellationToken);
        return summary;
    }

    public async Task<RecipientListSummary?> GetAsync(string id, CancellationToken cancellationToken)
    {
        if (!IsListId(id)) return null;
        await tables.EnsureCreatedAsync(cancellationToken);
        TableEntity? summary = null;
        var problems = new List<RowProblem>();
        var merges = new List<RowMerge>();
        await foreach (var row in Lists.QueryAsync(TableFilter.PartitionKeyEquals(id), cancellationToken: cancellationToken))
        {
            if (row.RowKey == SummaryRowKey) summary = row;
            else if (row.RowKey.StartsWith("p-", StringComparison.Ordinal)) problems.Add(new(row.GetInt32("Line")!.Value, row.GetString("Field")!, row.GetString("Message")!));
            else if (row.RowKey.StartsWith("m-", StringComparison.Ordinal)) merges.Add(new(row.GetInt32("Line")!.Value, row.GetInt32("IntoLine")!.Value, row.GetString("Account")!));
        }
        return summary is null ? null : Summary(summary, new RecipientListReport(summary.GetBoolean("ReportTruncated") ?? false, problems, merges));
    }

    /// <summary>Up to <paramref name="pageSize"/> recipients from where <paramref name="continuation"/> left off, shard by shard.</summary>
    public async Task<RecipientPage> ReadPageAsync(RecipientListSummary list, string? continuation, int pageSize, CancellationToken cancellationToken)
    {
        var (shard, token) = continuation is null ? (0, null) : DecodeContinuation(continuation, list.Shards);
        var recipients = new List<Recipient>();
        while (shard < list.Shards && recipients.Count < pageSize)
        {
            var page = await Recipients.QueryPageAsync(TableFilter.PartitionKeyEquals(RecipientShards.Partition(list.Id, shard)),
                maxPerPage: pageSize - recipients.Count, continuationToken: token, cancellationToken: cancellationToken);
            recipients.AddRange(page.Values.Select(RecipientEntity.ToRecipient));
            (shard, token) = page.ContinuationToken is null ? (shard + 1, null) : (shard, page.ContinuationToken);
        }
        return new RecipientPage(list.Id, recipients, shard < list.Shards ? EncodeContinuation(shard, token) : null);
    }

    public static bool IsListId(string id) => id.Length == 32 && id.All(char.IsAsciiHexDigitLower);

    /// <summary>An opaque token: the shard and the table's own continuation within it. A forged one can only position a read inside this list.</summary>
    private static string EncodeContinuation(int shard, string? token) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(shard.ToString(CultureInfo.InvariantCulture) + "|" + token)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    internal static (int Shard, string? Token) DecodeContinuation(string continuation, int shards)
    {
        try
        {
            var padded = continuation.Replace('-', '+').Replace('_', '/');
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(padded.PadRight(padded.Length + (4 - padded.Length % 4) % 4, '=')));
            var parts = text.Split('|', 2);
            if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var shard) && shard < shards)
                return (shard, parts[1].Length == 0 ? null : parts[1]);
        }
        catch (FormatException)
        {
        }
        throw new ArgumentException("The continuation token is not one this list issued.", nameof(continuation));
    }

    private static IEnumerable<TableEntity> ReportRows(string id, RecipientListReport report)
    {
        var index = 0;
        foreach (var problem in report.Problems)
            yield return new TableEntity(id, $"p-{problem.Line:D7}-{index++:D5}") { ["Line"] = problem.Line, ["Field"] = problem.Field, ["Message"] = problem.Message };
        foreach (var merge in report.Merges)
            yield return new TableEntity(id, $"m-{merge.Line:D7}") { ["Line"] = merge.Line, ["IntoLine"] = merge.IntoLine, ["Account"] = merge.Account };
    }

    private static TableEntity SummaryEntity(RecipientListSummary s) => new(s.Id, SummaryRowKey)
    {
        ["Name"] = s.Name, ["UploadedBy"] = s.UploadedBy, ["UploadedAt"] = s.UploadedAt, ["Encoding"] = s.Encoding, ["Separator"] = s.Separator,
        ["HasHeader"] = s.HasHeader, ["Rows"] = s.Rows, ["Accepted"] = s.Accepted, ["Rejected"] = s.Rejected, ["Merged"] = s.Merged,
        ["Skipped"] = s.Skipped, ["Sms"] = s.Channels.Sms, ["Email"] = s.Channels.Email, ["Shards"] = s.Shards, ["ReportTruncated"] = s.Report.Truncated,
    };

    private static RecipientListSummary Summary(TableEntity row, RecipientListReport report) => new(
        row.PartitionKey, row.GetString("Name")!, row.GetString("UploadedBy")!, row.GetDateTimeOffset("UploadedAt")!.Value, row.GetString("Encoding")!,
        row.GetString("Separator")!, row.GetBoolean("HasHeader") ?? false, row.GetInt32("Rows") ?? 0, row.GetInt32("Accepted") ?? 0, row.GetInt32("Rejected") ?? 0,
        row.GetInt32("Merged") ?? 0, row.GetInt32("Skipped") ?? 0, new(row.GetInt32("Sms") ?? 0, row.GetInt32("Email") ?? 0), row.GetInt32("Shards") ?? 1, report);
}
