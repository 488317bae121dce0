using System.Text.Json;
using Azure;
using Azure.Core;

namespace CustomerService.Functions.Platform.Storage.Tables;

/// <summary>
/// One table over the Table REST API with JSON payloads. Entity writes return the new ETag;
/// conditional writes take an If-Match ETag (<see cref="ETag.All"/> for unconditional).
/// Failures are <see cref="RequestFailedException"/> with the service's status and
/// <see cref="TableErrorCodes">error code</see>; limits are checked before sending.
/// </summary>
public sealed partial class TableClient
{
    private readonly StoragePipeline _pipeline;
    private readonly Uri _serviceUri;

    internal TableClient(StoragePipeline pipeline, Uri serviceUri, string name)
    {
        _pipeline = pipeline;
        _serviceUri = serviceUri;
        Name = name;
        Uri = new Uri($"{serviceUri}/{name}");
    }

    public string Name { get; }
    public Uri Uri { get; }

    /// <summary>Creates the table; true if it was created, false if it already existed.</summary>
    public async Task<bool> CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Post, new Uri($"{_serviceUri}/Tables"));
        message.Request.Headers.SetValue("Prefer", TableConstants.ReturnNoContent);
        SetJsonBody(message, JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["TableName"] = Name }));
        try
        {
            await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.ErrorCode == TableErrorCodes.TableAlreadyExists)
        {
            return false;
        }
    }

    /// <summary>Deletes the table; true if it existed.</summary>
    public async Task<bool> DeleteIfExistsAsync(CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Delete, new Uri($"{_serviceUri}/Tables('{Name}')"));
        try
        {
            await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return false;
        }
    }

    /// <summary>Inserts a new entity; a 409 <see cref="TableErrorCodes.EntityAlreadyExists"/> if the keys are taken.</summary>
    public async Task<ETag> AddEntityAsync(TableEntity entity, CancellationToken cancellationToken = default)
    {
        TableEntityLimits.Validate(entity);
        using var message = CreateMessage(RequestMethod.Post, Uri);
        message.Request.Headers.SetValue("Prefer", TableConstants.ReturnNoContent);
        SetJsonBody(message, TableEntityJson.Serialize(entity));
        return ResponseETag(await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Inserts, or overwrites whatever is stored under the keys (merging or replacing its properties).</summary>
    public Task<ETag> UpsertEntityAsync(TableEntity entity, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default) =>
        WriteAsync(entity, mode, ifMatch: null, cancellationToken);

    /// <summary>
    /// Updates an existing entity if its stored ETag still matches <paramref name="ifMatch"/>:
    /// 412 <see cref="TableErrorCodes.UpdateConditionNotSatisfied"/> when it changed meanwhile,
    /// 404 when it is gone. <see cref="ETag.All"/> updates unconditionally.
    /// </summary>
    public Task<ETag> UpdateEntityAsync(TableEntity entity, ETag ifMatch, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default)
    {
        if (ifMatch == default) throw new ArgumentException("Pass the entity's ETag, or ETag.All to update unconditionally.", nameof(ifMatch));
        return WriteAsync(entity, mode, ifMatch, cancellationToken);
    }

    /// <summary>Deletes the entity if its ETag matches (default: unconditionally); 404 when it does not exist.</summary>
    public async Task DeleteEntityAsync(string partitionKey, string rowKey, ETag ifMatch = default, CancellationToken cancellationToken = default)
    {
        TableEntityLimits.ValidateKeys(partitionKey, rowKey);
        using var message = CreateMessage(RequestMethod.Delete, EntityUri(partitionKey, rowKey));
        message.Request.Headers.SetValue("If-Match", IfMatch(ifMatch));
        await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads one entity; 404 <see cref="TableErrorCodes.ResourceNotFound"/> when absent.</summary>
    public async Task<TableEntity> GetEntityAsync(string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
    {
        using var message = EntityGetMessage(partitionKey, rowKey, select);
        return EntityOf(await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// Reads one entity, or null when it does not exist (a missing table still throws). A missing
    /// entity is an expected answer here (idempotency lookups on every intake), so it is read from
    /// the response rather than thrown and caught.
    /// </summary>
    public async Task<TableEntity?> GetEntityIfExistsAsync(string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
    {
        using var message = EntityGetMessage(partitionKey, rowKey, select);
        var response = await _pipeline.SendUncheckedAsync(message, cancellationToken).ConfigureAwait(false);
        if (!response.IsError) return EntityOf(response);
        var error = await StorageErrors.CreateAsync(response, cancellationToken).ConfigureAwait(false);
        return error.Status == 404 && error.ErrorCode == TableErrorCodes.ResourceNotFound ? null : throw error;
    }

    private HttpMessage EntityGetMessage(string partitionKey, string rowKey, IEnumerable<string>? select)
    {
        TableEntityLimits.ValidateKeys(partitionKey, rowKey);
        var uri = new RequestUriBuilder();
        uri.Reset(EntityUri(partitionKey, rowKey));
        AppendSelect(uri, select);
        return CreateMessage(RequestMethod.Get, uri.ToUri());
    }

    private static TableEntity EntityOf(Response response)
    {
        using var json = JsonDocument.Parse(response.Content.ToMemory());
        var entity = TableEntityJson.Deserialize(json.RootElement);
        if (response.Headers.ETag is { } etag) entity.ETag = etag;
        return entity;
    }

    private async Task<ETag> WriteAsync(TableEntity entity, TableUpdateMode mode, ETag? ifMatch, CancellationToken cancellationToken)
    {
        TableEntityLimits.Validate(entity);
        using var message = CreateMessage(MethodFor(mode), EntityUri(entity.PartitionKey, entity.RowKey));
        // Without If-Match the service inserts when absent (upsert); with it, the entity must exist.
        if (ifMatch is { } etag) message.Request.Headers.SetValue("If-Match", IfMatch(etag));
        SetJsonBody(message, TableEntityJson.Serialize(entity));
        return ResponseETag(await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>MERGE is the documented verb for Merge Entity and Insert Or Merge Entity.</summary>
    internal static RequestMethod MethodFor(TableUpdateMode mode) =>
        mode == TableUpdateMode.Replace ? RequestMethod.Put : new RequestMethod("MERGE");

    /// <summary>Keys go into the path as OData string literals: quotes doubled, then percent-encoded.</summary>
    internal Uri EntityUri(string partitionKey, string rowKey) => EntityUri(Uri, partitionKey, rowKey);

    internal static Uri EntityUri(Uri tableUri, string partitionKey, string rowKey) =>
        new($"{tableUri}(PartitionKey='{KeyLiteral(partitionKey)}',RowKey='{KeyLiteral(rowKey)}')");

    private static string KeyLiteral(string key) => Uri.EscapeDataString(key.Replace("'", "''", StringComparison.Ordinal));

    internal static string IfMatch(ETag etag) => etag == default || etag == ETag.All ? "*" : etag.ToString();

    private HttpMessage CreateMessage(RequestMethod method, Uri uri)
    {
        var message = _pipeline.CreateMessage(method, uri);
        message.Request.Headers.SetValue("Accept", TableConstants.AcceptMinimalMetadata);
        message.Request.Headers.SetValue("DataServiceVersion", TableConstants.DataServiceVersion);
        message.Request.Headers.SetValue("MaxDataServiceVersion", TableConstants.DataServiceVersion);
        return message;
    }

    private static void SetJsonBody(HttpMessage message, byte[] body)
    {
        message.Request.Headers.SetValue("Content-Type", TableConstants.JsonContentType);
        message.Request.Content = RequestContent.Create(body);
    }

    private static void AppendSelect(RequestUriBuilder uri, IEnumerable<string>? select)
    {
        if (select is null) return;
        var names = select.ToList();
        if (names.Count == 0) return;
        foreach (var name in names) TableEntityLimits.ValidatePropertyName(name);
        uri.AppendQuery("$select", string.Join(',', names));
    }

    private static ETag ResponseETag(Response response) =>
        response.Headers.ETag ?? throw new InvalidOperationException("The Table service returned no ETag for a write.");
}
