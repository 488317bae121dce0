using CustomerService.Functions.Features.Appeals.Registration;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Appeals.Workflow.Faq;

/// <summary>
/// The published questions and answers (<c>Faq</c>: partition = organization, row = appeal id, so an
/// appeal is published at most once and a re-publication replaces its entry).
/// </summary>
public sealed class FaqEntries(TableServiceClient tables)
{
    public const string Table = "Faq";
    private const int MaxEntries = 1000;

    private volatile bool _created;

    // A failed creation is tried again on the next call rather than remembered.
    private async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        if (_created) return;
        await tables.GetTableClient(Table).CreateIfNotExistsAsync(cancellationToken);
        _created = true;
    }

    public async Task PublishAsync(FaqEntry entry, CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken);
        await tables.GetTableClient(Table).UpsertEntityAsync(new TableEntity(entry.Organization, entry.AppealId)
        {
            ["Question"] = entry.Question, ["Answer"] = entry.Answer, ["Classification"] = entry.Classification ?? "", ["PublishedAt"] = entry.PublishedAt,
        }, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<IReadOnlyList<FaqEntry>> ListAsync(string organization, CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken);
        var entries = new List<FaqEntry>();
        await foreach (var row in tables.GetTableClient(Table).QueryAsync(TableFilter.PartitionKeyEquals(organization), cancellationToken: cancellationToken))
        {
            entries.Add(new FaqEntry(row.PartitionKey, row.RowKey, row.GetString("Question")!, row.GetString("Answer")!,
                row.GetString("Classification") is { Length: > 0 } c ? c : null, row.GetDateTimeOffset("PublishedAt")!.Value));
            if (entries.Count == MaxEntries) break;
        }
        return entries.OrderByDescending(e => e.PublishedAt).ToList();
    }
}

public sealed record FaqEntry(string Organization, string AppealId, string Question, string Answer, string? Classification, DateTimeOffset PublishedAt);
