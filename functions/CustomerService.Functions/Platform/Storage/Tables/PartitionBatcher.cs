using Azure;

namespace CustomerService.Functions.Platform.Storage.Tables;

/// <summary>
/// Idempotent writes to one table, batched per partition: callers arriving while a batch is in
/// flight share the next entity-group transactions (one per partition, ≤ 100 rows each, partitions
/// in parallel), so a burst of writes into a few partitions costs a few requests, not one each. Only
/// for writes whose repeat is harmless: an insert that finds its row (409) or a delete that finds
/// none (404) was applied before — it is answered <c>false</c>, dropped, and the rest resubmitted.
/// The same row twice in one batch is written once and both callers get its answer.
/// </summary>
public sealed class PartitionBatcher
{
    private readonly TableClient _table;
    private readonly GroupCommit<TableTransactionAction, bool> _commit;

    public PartitionBatcher(TableClient table)
    {
        _table = table;
        _commit = new(CommitAsync);
    }

    /// <summary>Inserts the row unless it exists; true when this call inserted it.</summary>
    public Task<bool> AddOnceAsync(TableEntity entity, CancellationToken cancellationToken) =>
        _commit.SubmitAsync(new TableTransactionAction(TableTransactionActionType.Add, entity), cancellationToken);

    /// <summary>Deletes the row if it exists; true when this call deleted it.</summary>
    public Task<bool> DeleteIfExistsAsync(string partitionKey, string rowKey, CancellationToken cancellationToken) =>
        _commit.SubmitAsync(new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partitionKey, rowKey), ETag.All), cancellationToken);

    private Task CommitAsync(IReadOnlyList<GroupCommit<TableTransactionAction, bool>.Waiting> waiting) =>
        Task.WhenAll(waiting
            .GroupBy(w => w.Item.Entity.PartitionKey, StringComparer.Ordinal)
            .SelectMany(partition => partition.GroupBy(w => w.Item.Entity.RowKey, StringComparer.Ordinal).Chunk(TableTransactionRules.MaxOperations))
            .Select(rows => SubmitAsync([.. rows])));

    /// <summary>One transaction for these rows; an already-applied row is answered and dropped, then the rest go again.</summary>
    private async Task SubmitAsync(List<IGrouping<string, GroupCommit<TableTransactionAction, bool>.Waiting>> rows)
    {
        while (rows.Count > 0)
        {
            try
            {
                await _table.SubmitTransactionAsync(rows.Select(r => r.First().Item).ToList(), CancellationToken.None);
                Answer(rows, true);
                return;
            }
            catch (TableTransactionFailedException e) when (e.FailedIndex is { } index && index < rows.Count && AlreadyApplied(rows[index].First().Item, e.Status))
            {
                Answer([rows[index]], false);
                rows.RemoveAt(index);
            }
            catch (TableTransactionFailedException e) when (e.FailedIndex is null && e.Status is 404 or 409)
            {
                // The service did not say which row: write them one by one.
                foreach (var row in rows) Answer([row], await WriteAloneAsync(row.First().Item));
                return;
            }
        }
    }

    private async Task<bool> WriteAloneAsync(TableTransactionAction action)
    {
        try
        {
            if (action.ActionType == TableTransactionActionType.Add) await _table.AddEntityAsync(action.Entity, CancellationToken.None);
            else await _table.DeleteEntityAsync(action.Entity.PartitionKey, action.Entity.RowKey, ETag.All, CancellationToken.None);
            return true;
        }
        catch (RequestFailedException e) when (AlreadyApplied(action, e.Status))
        {
            return false;
        }
    }

    private static bool AlreadyApplied(TableTransactionAction action, int status) =>
        (action.ActionType, status) is (TableTransactionActionType.Add, 409) or (TableTransactionActionType.Delete, 404);

    private static void Answer(IEnumerable<IGrouping<string, GroupCommit<TableTransactionAction, bool>.Waiting>> rows, bool applied)
    {
        // Callers of the same row: the first one's write decided; the others repeat it.
        foreach (var row in rows)
        {
            var first = true;
            foreach (var caller in row)
            {
                caller.Result.TrySetResult(applied && first);
                first = false;
            }
        }
    }
}
