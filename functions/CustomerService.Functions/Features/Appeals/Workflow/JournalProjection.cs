using Azure;
using CustomerService.Functions.Features.Appeals.Outbox;
using CustomerService.Functions.Features.Appeals.Registration;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Appeals.Workflow;

/// <summary>
/// Keeps the journal row (<see cref="JournalRow"/>) current after a workflow step: the row is
/// rebuilt from the committed appeal row, never patched, and carries the appeal's
/// <c>Revision</c>. A slower writer of an older revision never overwrites a newer row (read,
/// compare, write with If-Match, retry), so out-of-order completions cannot leave the journal stale.
/// The registration follow-up only inserts the row, so it never overwrites a workflow update.
/// </summary>
public sealed class JournalProjection(AppealTables tables)
{
    private const int Attempts = 5;

    public async Task UpdateAsync(TableEntity appeal, CancellationToken cancellationToken)
    {
        var row = JournalRow.From(appeal);
        var journal = tables.Table(AppealTables.Journal);
        for (var attempt = 1; ; attempt++)
        {
            var current = await journal.GetEntityIfExistsAsync(row.PartitionKey, row.RowKey, ["Revision"], cancellationToken);
            if ((current?.GetInt64("Revision") ?? -1) >= (row.GetInt64("Revision") ?? 0)) return;
            try
            {
                if (current is null) await journal.AddEntityAsync(row, cancellationToken);
                else await journal.UpdateEntityAsync(row, current.ETag, TableUpdateMode.Replace, cancellationToken);
                return;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412 && attempt < Attempts)
            {
                // Another writer got there first: read again and compare revisions.
            }
        }
    }
}
