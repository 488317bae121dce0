using System.Globalization;
using System.Runtime.CompilerServices;
using System.Xml.Linq;
using Azure;
using Azure.Core;

namespace CustomerService.Functions.Platform.Storage.Blobs;

/// <summary>One blob container (https://learn.microsoft.com/rest/api/storageservices/operations-on-containers).</summary>
public sealed class BlobContainerClient
{
    private readonly StoragePipeline _pipeline;
    private readonly BlobClientOptions _options;

    internal BlobContainerClient(StoragePipeline pipeline, BlobClientOptions options, string name)
    {
        _pipeline = pipeline;
        _options = options;
        Name = BlobNames.ValidateContainer(name);
        Uri = new Uri($"{pipeline.Connection.BlobEndpoint.ToString().TrimEnd('/')}/{name}");
    }

    public string Name { get; }
    public Uri Uri { get; }
    public string AccountName => _pipeline.Connection.AccountName;

    public BlobClient GetBlobClient(string blobName) => new(_pipeline, _options, this, blobName);

    /// <summary>Creates the container with private access (no anonymous reads); true if created, false if it existed.</summary>
    public async Task<bool> CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        // No x-ms-blob-public-access header: the container is private; reads go through SAS links.
        using var message = _pipeline.CreateMessage(RequestMethod.Put, ContainerUri(null));
        try
        {
            await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.ErrorCode == "ContainerAlreadyExists")
        {
            return false;
        }
    }

    /// <summary>Deletes the container and every blob in it; false if it did not exist.</summary>
    public async Task<bool> DeleteIfExistsAsync(CancellationToken cancellationToken = default)
    {
        using var message = _pipeline.CreateMessage(RequestMethod.Delete, ContainerUri(null));
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

    /// <summary>
    /// Lists blobs whose names start with <paramref name="prefix"/> in name order, one page
    /// (≤ <paramref name="pageSize"/>, service default and maximum 5,000) per request, following NextMarker.
    /// </summary>
    public async IAsyncEnumerable<BlobItem> ListBlobsAsync(string? prefix = null, int? pageSize = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (pageSize is { } size) ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        string? marker = null;
        do
        {
            var uri = new RequestUriBuilder();
            uri.Reset(ContainerUri("list"));
            if (!string.IsNullOrEmpty(prefix)) uri.AppendQuery("prefix", prefix);
            if (pageSize is { } max) uri.AppendQuery("maxresults", max.ToString(CultureInfo.InvariantCulture));
            if (marker is not null) uri.AppendQuery("marker", marker);
            using var message = _pipeline.CreateMessage(RequestMethod.Get, uri.ToUri());
            var response = await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
            var page = BlobListing.Parse(response.Content.ToString());
            foreach (var item in page.Items) yield return item;
            marker = page.NextMarker;
        }
        while (!string.IsNullOrEmpty(marker));
    }

    private Uri ContainerUri(string? comp) => new(comp is null ? $"{Uri}?restype=container" : $"{Uri}?restype=container&comp={comp}");
}

/// <summary>Parses one List Blobs response page (https://learn.microsoft.com/rest/api/storageservices/list-blobs).</summary>
internal static class BlobListing
{
    public sealed record Page(IReadOnlyList<BlobItem> Items, string? NextMarker);

    public static Page Parse(string xml)
    {
        var root = XDocument.Parse(xml).Root ?? throw new FormatException("Empty List Blobs response");
        var items = root.Element("Blobs")?.Elements("Blob").Select(ParseItem).ToList() ?? [];
        var next = root.Element("NextMarker")?.Value;
        return new Page(items, string.IsNullOrEmpty(next) ? null : next);
    }

    private static BlobItem ParseItem(XElement blob)
    {
        var nameElement = blob.Element("Name") ?? throw new FormatException("A listed blob has no Name");
        // Names with characters XML cannot carry come percent-encoded with Encoded="true".
        var name = (string?)nameElement.Attribute("Encoded") == "true" ? Uri.UnescapeDataString(nameElement.Value) : nameElement.Value;
        var properties = blob.Element("Properties") ?? throw new FormatException($"Blob '{name}' has no Properties");
        string? Property(string key) => properties.Element(key)?.Value;
        var contentType = Property("Content-Type");
        return new BlobItem(
            name,
            long.Parse(Property("Content-Length") ?? "0", CultureInfo.InvariantCulture),
            string.IsNullOrEmpty(contentType) ? null : contentType,
            DateTimeOffset.Parse(Property("Last-Modified") ?? throw new FormatException($"Blob '{name}' has no Last-Modified"), CultureInfo.InvariantCulture),
            BlobHeaders.NormalizeETag(Property("Etag") ?? throw new FormatException($"Blob '{name}' has no Etag")));
    }
}
