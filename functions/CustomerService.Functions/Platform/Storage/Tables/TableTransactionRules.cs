namespace CustomerService.Functions.Platform.Storage.Tables;

/// <summary>
/// What an entity-group transaction must satisfy, checked before anything is sent
/// (https://learn.microsoft.com/rest/api/storageservices/performing-entity-group-transactions).
/// Azurite checks fewer of these than Azure does, so the client is where they are enforced.
/// </summary>
public static class TableTransactionRules
{
    public const int MaxOperations = 100;

    /// <summary>The whole multipart payload must be smaller than 4 MiB.</summary>
    public const int MaxPayloadBytes = 4 * 1024 * 1024;

    public static void Validate(IReadOnlyList<TableTransactionAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        if (actions.Count == 0) throw new ArgumentException("A transaction needs at least one operation.", nameof(actions));
        if (actions.Count > MaxOperations)
        {
            throw new ArgumentException($"A transaction holds at most {MaxOperations} operations; this one has {actions.Count}.", nameof(actions));
        }
        var partitionKey = actions[0].Entity?.PartitionKey;
        var rowKeys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < actions.Count; i++)
        {
            var action = actions[i] ?? throw new ArgumentException($"Operation {i} is null.", nameof(actions));
            var entity = action.Entity ?? throw new ArgumentException($"Operation {i} has no entity.", nameof(actions));
            if (!Enum.IsDefined(action.ActionType)) throw new ArgumentException($"Operation {i} has unknown type {action.ActionType}.", nameof(actions));
            if (!string.Equals(entity.PartitionKey, partitionKey, StringComparison.Ordinal))
            {
                throw new ArgumentException($"All operations of a transaction need one partition key: operation {i} has '{entity.PartitionKey}', operation 0 has '{partitionKey}'.", nameof(actions));
            }
            if (!rowKeys.Add(entity.RowKey))
            {
                throw new ArgumentException($"Operation {i} repeats row key '{entity.RowKey}'; a transaction may touch each entity once.", nameof(actions));
            }
            if (action.ActionType == TableTransactionActionType.Delete) TableEntityLimits.ValidateKeys(entity.PartitionKey, entity.RowKey);
            else TableEntityLimits.Validate(entity);
        }
    }

    public static void ValidatePayloadSize(int bytes)
    {
        if (bytes >= MaxPayloadBytes)
        {
            throw new ArgumentException($"The transaction payload is {bytes} bytes; it must stay below {MaxPayloadBytes} (4 MiB).", "actions");
        }
    }
}
