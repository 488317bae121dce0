using Azure;
using Azure.Core;

namespace CustomerService.Functions.Platform.Storage.Tables;

public sealed partial class TableClient
{
    /// <summary>
    /// Runs the operations as one entity-group transaction: all succeed or none is applied.
    /// The list is validated first (≤ 100 operations, one partition key, each row key once, entity
    /// limits, payload &lt; 4 MiB) and an <see cref="ArgumentException"/> thrown before any request.
    /// A rejected transaction throws <see cref="TableTransactionFailedException"/> naming the failed
    /// operation. On success returns each operation's status and new ETag, in order.
    /// </summary>
    public async Task<IReadOnlyList<TableTransactionResult>> SubmitTransactionAsync(
        IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken = default)
    {
        TableTransactionRules.Validate(actions);
        var batch = TableBatchFormat.Write(Uri, actions, Guid.NewGuid(), Guid.NewGuid());
        TableTransactionRules.ValidatePayloadSize(batch.Body.Length);

        using var message = CreateMessage(RequestMethod.Post, new Uri($"{_serviceUri}/$batch"));
        message.Request.Headers.SetValue("Content-Type", batch.ContentType);
        message.Request.Content = RequestContent.Create(batch.Body);
        var response = await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);

        var parts = TableBatchFormat.ParseResponse(response.Content.ToString());
        var failed = parts.FirstOrDefault(part => part.Status >= 400);
        if (failed is not null) throw TransactionFailure(failed, actions);
        if (parts.Count != actions.Count)
        {
            throw new InvalidOperationException($"The batch response has {parts.Count} results for {actions.Count} operations.");
        }
        return parts
            .Select((part, index) => new TableTransactionResult(index, part.Status,
                part.Headers.TryGetValue("ETag", out var etag) ? new ETag(etag) : null))
            .ToList();
    }

    private static TableTransactionFailedException TransactionFailure(TableBatchFormat.Part failed, IReadOnlyList<TableTransactionAction> actions)
    {
        var (code, detail) = StorageErrors.ParseBody(failed.Body);
        var index = TableBatchFormat.FailedIndex(detail, failed.Headers);
        var action = index is { } i && i >= 0 && i < actions.Count ? actions[i] : null;
        var which = action is null ? "an operation" : $"operation {index} ({action.ActionType} {action.Entity.RowKey})";
        return new TableTransactionFailedException(failed.Status,
            $"The transaction was rolled back: {which} failed with {failed.Status} {code}. {detail}".Trim(), code, index, action);
    }
}
