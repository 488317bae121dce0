using Azure;
using Azure.Core;

namespace CustomerService.Functions.Platform.Storage.Blobs;

/// <summary>One block blob (https://learn.microsoft.com/rest/api/storageservices/operations-on-blobs).</summary>
public sealed class BlobClient
{
    private readonly StoragePipeline _pipeline;
    private readonly BlobClientOptions _options;

    internal BlobClient(StoragePipeline pipeline, BlobClientOptions options, BlobContainerClient container, string name)
    {
        _pipeline = pipeline;
        _options = options;
        Name = BlobNames.ValidateBlob(name);
        BlobContainerName = container.Name;
        AccountName = container.AccountName;
        // AbsoluteUri keeps the percent-encoding; Uri.ToString() would decode Cyrillic and spaces again.
        Uri = new Uri($"{container.Uri.AbsoluteUri}/{BlobNames.EscapePath(name)}");
    }

    public string Name { get; }
    public string BlobContainerName { get; }
    public string AccountName { get; }

    /// <summary>The blob's address, percent-encoded; append a SAS query to hand it out.</summary>
    public Uri Uri { get; }

    /// <summary>
    /// Uploads <paramref name="content"/> from its current position to the end: one Put Blob when it
    /// fits the single-upload threshold, otherwise Put Block per block and one Put Block List. The
    /// stream is read forward only and at most one threshold plus one block is held in memory.
    /// </summary>
    public Task<BlobContentInfo> UploadAsync(Stream content, BlobUploadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        options ??= new BlobUploadOptions();
        var upload = new BlockBlobUpload(_pipeline, Uri, options,
            options.SingleUploadThreshold ?? _options.SingleUploadThreshold, options.BlockSize ?? _options.BlockSize);
        return upload.RunAsync(content, cancellationToken);
    }

    /// <summary>Starts a download; the content streams from the response as the caller reads it.</summary>
    public async Task<BlobDownloadResult> DownloadAsync(CancellationToken cancellationToken = default)
    {
        using var message = _pipeline.CreateMessage(RequestMethod.Get, Uri);
        var response = await _pipeline.SendStreamingAsync(message, cancellationToken).ConfigureAwait(false);
        var properties = BlobHeaders.Properties(response);
        // Take the stream out of the message so disposing the message leaves it open for the caller.
        var stream = message.ExtractResponseContent() ?? Stream.Null;
        return new BlobDownloadResult(stream, properties);
    }

    public async Task<BlobProperties> GetPropertiesAsync(CancellationToken cancellationToken = default)
    {
        using var message = _pipeline.CreateMessage(RequestMethod.Head, Uri);
        var response = await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        return BlobHeaders.Properties(response);
    }

    public async Task<bool> ExistsAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await GetPropertiesAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return false;
        }
    }

    /// <summary>Deletes the blob with its snapshots; false if it did not exist.</summary>
    public async Task<bool> DeleteIfExistsAsync(CancellationToken cancellationToken = default)
    {
        using var message = _pipeline.CreateMessage(RequestMethod.Delete, Uri);
        message.Request.Headers.SetValue("x-ms-delete-snapshots", "include");
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
}
