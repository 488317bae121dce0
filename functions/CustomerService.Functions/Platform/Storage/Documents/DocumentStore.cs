using System.Text.Json;
using Azure;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Platform.Storage.Documents;

/// <summary>
/// Small versioned JSON documents (configuration that administrators edit: organization profiles,
/// deadline policies, calendars…) in the <c>Documents</c> table (docs/storage.md#documents).
/// Every write adds a history row and replaces the current row in one entity-group transaction, so
/// a version is never half-written; concurrent writers are told apart by ETag
/// (<see cref="DocumentConflictException"/>). Reads are cached for <see cref="DocumentStoreOptions.CacheDuration"/>.
/// </summary>
public sealed class DocumentStore
{
    public const string DefaultTableName = "Documents";

    private readonly TableClient _table;
    private readonly TimeProvider _time;
    private readonly DocumentStoreOptions _options;
    private readonly DocumentCache _cache;
    private readonly CreateOnce _created = new();

    public DocumentStore(TableServiceClient tables, TimeProvider time, DocumentStoreOptions? options = null)
    {
        _options = options ?? new DocumentStoreOptions();
        _table = tables.GetTableClient(_options.TableName);
        _time = time;
        _cache = new DocumentCache(time, _options.CacheDuration);
    }

    /// <summary>The current version, or null when the document was never written.</summary>
    public async Task<StoredDocument<T>?> GetAsync<T>(string kind, string id, CancellationToken cancellationToken)
    {
        DocumentRows.ValidateName(kind, nameof(kind));
        DocumentRows.ValidateName(id, nameof(id));
        if (!_cache.TryGet(kind, id, out var row))
        {
            row = await ReadCurrentAsync(kind, id, cancellationToken);
            _cache.Set(kind, id, row);
        }
        return row is null ? null : Typed<T>(row);
    }

    /// <summary>The current version of every document of the kind, by id.</summary>
    public async Task<IReadOnlyList<StoredDocument<T>>> ListAsync<T>(string kind, CancellationToken cancellationToken)
    {
        DocumentRows.ValidateName(kind, nameof(kind));
        if (!_cache.TryList(kind, out var rows))
        {
            await EnsureCreatedAsync(cancellationToken);
            var found = new List<CurrentRow>();
            var filter = TableFilter.PartitionKeyEquals(kind) & TableFilter.StartsWith(TableConstants.RowKey, DocumentRows.CurrentPrefix);
            await foreach (var entity in _table.QueryAsync(filter, cancellationToken: cancellationToken)) found.Add(DocumentRows.Current(entity));
            rows = found;
            _cache.SetList(kind, rows);
        }
        return rows.Select(Typed<T>).ToList();
    }

    /// <summary>
    /// Writes a new version. <paramref name="ifMatch"/>: null = create only (the document must not
    /// exist yet); an ETag from a read = replace only that version; <see cref="ETag.All"/> = replace
    /// whatever is current. Returns the new version with its ETag.
    /// </summary>
    /// <exception cref="DocumentConflictException">The document changed or appeared meanwhile; nothing was written.</exception>
    public async Task<StoredDocument<T>> PutAsync<T>(string kind, string id, T document, ETag? ifMatch, string changedBy, CancellationToken cancellationToken)
    {
        DocumentRows.ValidateName(kind, nameof(kind));
        DocumentRows.ValidateName(id, nameof(id));
        ArgumentException.ThrowIfNullOrWhiteSpace(changedBy);
        var json = JsonSerializer.Serialize(document, _options.Json);
        var current = await ReadCurrentAsync(kind, id, cancellationToken);
        CheckPrecondition(kind, id, current, ifMatch);

        var version = (current?.Revision.Version ?? 0) + 1;
        var now = _time.GetUtcNow();
        var history = DocumentRows.Entity(kind, DocumentRows.HistoryKey(id, version), id, version, json, now, changedBy);
        var next = DocumentRows.Entity(kind, DocumentRows.CurrentKey(id), id, version, json, now, changedBy);
        // The condition rides on the current row: whoever wrote in between changed its ETag (or took the history key).
        var write = current is null
            ? new TableTransactionAction(TableTransactionActionType.Add, next)
            : new TableTransactionAction(TableTransactionActionType.UpdateReplace, next, current.ETag);
        try
        {
            var results = await _table.SubmitTransactionAsync([new(TableTransactionActionType.Add, history), write], cancellationToken);
            var row = new CurrentRow(DocumentRows.Revision(next), results[1].ETag ?? throw new InvalidOperationException("The Table service returned no ETag for the document."));
            _cache.Written(kind, id, row);
            return Typed<T>(row);
        }
        catch (TableTransactionFailedException e) when (e.Status is 409 or 412 or 404)
        {
            _cache.Forget(kind, id);
            throw new DocumentConflictException(kind, id, $"Document {kind}/{id} changed while version {version} was being written; nothing was written.", e);
        }
    }

    /// <summary>Every version ever written, newest first (the current one included).</summary>
    public async Task<IReadOnlyList<DocumentRevision>> HistoryAsync(string kind, string id, CancellationToken cancellationToken)
    {
        DocumentRows.ValidateName(kind, nameof(kind));
        DocumentRows.ValidateName(id, nameof(id));
        await EnsureCreatedAsync(cancellationToken);
        var revisions = new List<DocumentRevision>();
        var filter = TableFilter.PartitionKeyEquals(kind) & TableFilter.StartsWith(TableConstants.RowKey, DocumentRows.HistoryKey(id, 0)[..^10]);
        await foreach (var row in _table.QueryAsync(filter, cancellationToken: cancellationToken)) revisions.Add(DocumentRows.Revision(row));
        return revisions.OrderByDescending(r => r.Version).ToList();
    }

    /// <summary>One version from the history, or null when there is no such version.</summary>
    public async Task<DocumentRevision?> RevisionAsync(string kind, string id, int version, CancellationToken cancellationToken)
    {
        DocumentRows.ValidateName(kind, nameof(kind));
        DocumentRows.ValidateName(id, nameof(id));
        if (version < 1) return null;
        await EnsureCreatedAsync(cancellationToken);
        var row = await _table.GetEntityIfExistsAsync(kind, DocumentRows.HistoryKey(id, version), cancellationToken: cancellationToken);
        return row is null ? null : DocumentRows.Revision(row);
    }

    /// <summary>Turns a stored JSON (e.g. a <see cref="DocumentRevision.Json"/>) into the document type with the store's settings.</summary>
    public T Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, _options.Json)
        ?? throw new InvalidOperationException("A stored document is JSON null.");

    private static void CheckPrecondition(string kind, string id, CurrentRow? current, ETag? ifMatch)
    {
        var holds = ifMatch switch
        {
            null => current is null,
            { } all when all == ETag.All => true,
            { } etag => current is not null && current.ETag == etag,
        };
        if (!holds)
        {
            throw new DocumentConflictException(kind, id, current is null
                ? $"Document {kind}/{id} does not exist, so no version of it can match."
                : $"Document {kind}/{id} is at version {current.Revision.Version}; the write expected another version.");
        }
    }

    private async Task<CurrentRow?> ReadCurrentAsync(string kind, string id, CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken);
        var row = await _table.GetEntityIfExistsAsync(kind, DocumentRows.CurrentKey(id), cancellationToken: cancellationToken);
        return row is null ? null : DocumentRows.Current(row);
    }

    private StoredDocument<T> Typed<T>(CurrentRow row) => new(
        row.Revision.Kind, row.Revision.Id, Deserialize<T>(row.Revision.Json), row.Revision.Version, row.ETag, row.Revision.ChangedAt, row.Revision.ChangedBy);

    /// <summary>One Create Table per process, then a flag check.</summary>
    private Task EnsureCreatedAsync(CancellationToken cancellationToken) => _created.RunAsync(CreateAsync, cancellationToken);

    private async Task CreateAsync(CancellationToken cancellationToken)
    {
        await _table.CreateIfNotExistsAsync(cancellationToken);
    }
}
