namespace CustomerService.Functions.Platform.Storage.Documents;

/// <summary>
/// A write lost the optimistic-concurrency check: the document changed (or was created) since the
/// caller read it, so nothing was written. Read it again, re-apply the change and retry, or tell
/// the user (HTTP 412).
/// </summary>
public sealed class DocumentConflictException(string kind, string id, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public string Kind { get; } = kind;
    public string Id { get; } = id;
}
