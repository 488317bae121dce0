using Azure;

namespace CustomerService.Functions.Platform.Storage.Tables;

public enum TableTransactionActionType
{
    /// <summary>Insert; fails with 409 if the entity exists.</summary>
    Add,
    UpsertMerge,
    UpsertReplace,

    /// <summary>Merge into an existing entity, conditional on <see cref="TableTransactionAction.ETag"/>.</summary>
    UpdateMerge,
    UpdateReplace,

    /// <summary>Delete by the entity's keys, conditional on <see cref="TableTransactionAction.ETag"/>.</summary>
    Delete,
}

/// <summary>
/// One operation of an entity-group transaction. <paramref name="ETag"/> is the If-Match for
/// Update*/Delete; the default means unconditional (<see cref="Azure.ETag.All"/>).
/// </summary>
public sealed record TableTransactionAction(TableTransactionActionType ActionType, TableEntity Entity, ETag ETag = default);

/// <summary>The outcome of one operation of a committed transaction (no ETag for a delete).</summary>
public sealed record TableTransactionResult(int Index, int Status, ETag? ETag);

/// <summary>
/// The transaction was rolled back because one operation failed; <see cref="FailedIndex"/> says
/// which (null when the service did not say), <see cref="RequestFailedException.Status"/> and
/// <see cref="RequestFailedException.ErrorCode"/> say why.
/// </summary>
public sealed class TableTransactionFailedException : RequestFailedException
{
    public TableTransactionFailedException(int status, string message, string? errorCode, int? failedIndex, TableTransactionAction? failedAction)
        : base(status, message, errorCode, null)
    {
        FailedIndex = failedIndex;
        FailedAction = failedAction;
    }

    public int? FailedIndex { get; }
    public TableTransactionAction? FailedAction { get; }
}
