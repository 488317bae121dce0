using Azure;

namespace CustomerService.Functions.Platform.Storage.Blobs;

/// <summary>One entry of a container listing.</summary>
public sealed record BlobItem(string Name, long ContentLength, string? ContentType, DateTimeOffset LastModified, ETag ETag);

/// <summary>A blob's system properties and user metadata (from Get Blob Properties or a download's headers).</summary>
public sealed record BlobProperties(
    long ContentLength,
    string? ContentType,
    DateTimeOffset LastModified,
    ETag ETag,
    IReadOnlyDictionary<string, string> Metadata);

/// <summary>What an upload produced: the new ETag (for If-Match later) and the modification time.</summary>
public sealed record BlobContentInfo(ETag ETag, DateTimeOffset LastModified);

/// <summary>
/// A download in progress: <see cref="Content"/> streams straight from the response (nothing is
/// buffered). Dispose it to release the connection.
/// </summary>
public sealed class BlobDownloadResult(Stream content, BlobProperties properties) : IDisposable, IAsyncDisposable
{
    public Stream Content { get; } = content;
    public BlobProperties Properties { get; } = properties;

    public void Dispose() => Content.Dispose();

    public ValueTask DisposeAsync() => Content.DisposeAsync();
}

public sealed class BlobUploadOptions
{
    /// <summary>Stored as the blob's Content-Type and sent back on download; default application/octet-stream.</summary>
    public string? ContentType { get; set; }

    /// <summary>User metadata; names must be C# identifiers and values ASCII (they travel as x-ms-meta-* headers).</summary>
    public IDictionary<string, string>? Metadata { get; set; }

    /// <summary>False sends If-None-Match: * so an existing blob is never replaced (409 BlobAlreadyExists).</summary>
    public bool Overwrite { get; set; } = true;

    /// <summary>Replace only if the blob still has this ETag (412 ConditionNotMet otherwise).</summary>
    public ETag? IfMatch { get; set; }

    /// <summary>Overrides <see cref="BlobClientOptions.SingleUploadThreshold"/> for this upload.</summary>
    public int? SingleUploadThreshold { get; set; }

    /// <summary>Overrides <see cref="BlobClientOptions.BlockSize"/> for this upload.</summary>
    public int? BlockSize { get; set; }
}

public sealed class BlobClientOptions : StorageClientOptions
{
    public const int DefaultSingleUploadThreshold = 4 * 1024 * 1024;
    public const int DefaultBlockSize = 4 * 1024 * 1024;

    /// <summary>Streams up to this size go up in one Put Blob; larger ones in blocks. At most one threshold's worth is held in memory.</summary>
    public int SingleUploadThreshold { get; set; } = DefaultSingleUploadThreshold;

    /// <summary>Size of each Put Block; one block is held in memory at a time. 50,000 blocks at most per blob.</summary>
    public int BlockSize { get; set; } = DefaultBlockSize;
}
