using System.Security.Cryptography;
using Azure;
using Azure.Core;
using CustomerService.Functions.Platform.Storage.Blobs;

namespace CustomerService.Functions.Tests.Platform.Storage.Blobs;

/// <summary>The blob client against a real Azurite.</summary>
public sealed class BlobClientTests
{
    private const int MiB = 1024 * 1024;

    private static async Task<(BlobContainerClient Container, RequestLog Log)> NewContainerAsync(BlobClientOptions? options = null)
    {
        options ??= new BlobClientOptions();
        var log = new RequestLog();
        options.AddPolicy(log, HttpPipelinePosition.PerRetry);
        var container = new BlobServiceClient(StorageTestAccount.Connection, options).GetBlobContainerClient(StorageTestAccount.UniqueName("c"));
        Assert.True(await container.CreateIfNotExistsAsync());
        return (container, log);
    }

    private static byte[] RandomBytes(int length)
    {
        var data = new byte[length];
        Random.Shared.NextBytes(data);
        return data;
    }

    private static async Task<byte[]> HashOfDownloadAsync(BlobClient blob)
    {
        await using var download = await blob.DownloadAsync();
        return await SHA256.HashDataAsync(download.Content);
    }

    [Fact]
    public async Task Container_create_and_delete_are_idempotent()
    {
        var (container, _) = await NewContainerAsync();
        Assert.False(await container.CreateIfNotExistsAsync());
        Assert.True(await container.DeleteIfExistsAsync());
        Assert.False(await container.DeleteIfExistsAsync());
    }

    [Fact]
    public async Task Small_upload_is_one_put_blob_and_downloads_byte_for_byte_with_its_properties()
    {
        var (container, log) = await NewContainerAsync();
        var blob = container.GetBlobClient("notes/reply.txt");
        var data = RandomBytes(100_000);

        var info = await blob.UploadAsync(new MemoryStream(data), new BlobUploadOptions
        {
            ContentType = "text/plain; charset=utf-8",
            Metadata = new Dictionary<string, string> { ["appealId"] = "A-17" },
        });

        Assert.Equal(1, log.Count("PUT", "/notes/reply.txt"));
        Assert.Equal(0, log.Count("PUT", "comp=block"));
        await using var download = await blob.DownloadAsync();
        Assert.Equal(SHA256.HashData(data), await SHA256.HashDataAsync(download.Content));
        Assert.Equal(data.Length, download.Properties.ContentLength);
        Assert.Equal("text/plain; charset=utf-8", download.Properties.ContentType);
        Assert.Equal(info.ETag, download.Properties.ETag);
        Assert.Equal("A-17", download.Properties.Metadata["appealId"]);
    }

    [Fact]
    public async Task Large_stream_of_unknown_length_goes_up_in_blocks_and_downloads_byte_for_byte()
    {
        var (container, log) = await NewContainerAsync();
        var blob = container.GetBlobClient("scans/meter.pdf");
        var data = RandomBytes(9 * MiB);
        var source = new ForwardOnlyStream(data);

        var info = await blob.UploadAsync(source, new BlobUploadOptions { ContentType = "application/pdf", BlockSize = 4 * MiB, SingleUploadThreshold = 4 * MiB });

        Assert.Equal(3, log.Count("PUT", "comp=block&blockid="));
        Assert.Equal(1, log.Count("PUT", "comp=blocklist"));
        var properties = await blob.GetPropertiesAsync();
        Assert.Equal(9L * MiB, properties.ContentLength);
        Assert.Equal("application/pdf", properties.ContentType);
        Assert.Equal(info.ETag, properties.ETag);
        Assert.Equal(SHA256.HashData(data), await HashOfDownloadAsync(blob));
    }

    [Fact]
    public async Task Stream_of_exactly_the_threshold_is_still_one_put_blob()
    {
        var (container, log) = await NewContainerAsync(new BlobClientOptions { SingleUploadThreshold = 256 * 1024, BlockSize = 100 * 1024 });
        var blob = container.GetBlobClient("edge.bin");
        var data = RandomBytes(256 * 1024);

        await blob.UploadAsync(new ForwardOnlyStream(data));
        Assert.Equal(0, log.Count("PUT", "comp=block"));

        var bigger = RandomBytes(256 * 1024 + 1);
        await blob.UploadAsync(new ForwardOnlyStream(bigger));
        Assert.Equal(3, log.Count("PUT", "comp=block&blockid="));
        Assert.Equal(SHA256.HashData(bigger), await HashOfDownloadAsync(blob));
    }

    [Fact]
    public async Task Empty_stream_makes_an_empty_blob()
    {
        var (container, _) = await NewContainerAsync();
        var blob = container.GetBlobClient("empty");
        await blob.UploadAsync(Stream.Null);
        Assert.Equal(0, (await blob.GetPropertiesAsync()).ContentLength);
        await using var download = await blob.DownloadAsync();
        Assert.Equal(-1, download.Content.ReadByte());
    }

    [Fact]
    public async Task Cyrillic_names_with_spaces_round_trip_through_upload_listing_and_download()
    {
        var (container, _) = await NewContainerAsync();
        const string name = "обращения/2025/Счёт за май (копия) №1.pdf";
        var data = RandomBytes(5000);
        await container.GetBlobClient(name).UploadAsync(new MemoryStream(data));

        var listed = Assert.Single(await container.ListBlobsAsync("обращения/").ToListAsync());
        Assert.Equal(name, listed.Name);
        Assert.Equal(SHA256.HashData(data), await HashOfDownloadAsync(container.GetBlobClient(listed.Name)));
    }

    [Fact]
    public async Task Listing_by_prefix_follows_markers_across_small_pages()
    {
        var (container, log) = await NewContainerAsync();
        for (var i = 0; i < 7; i++)
        {
            await container.GetBlobClient($"appeal-1/file{i}.txt").UploadAsync(new MemoryStream(new byte[i + 1]), new BlobUploadOptions { ContentType = "text/plain" });
        }
        await container.GetBlobClient("appeal-2/other.txt").UploadAsync(new MemoryStream([1]));

        var items = await container.ListBlobsAsync("appeal-1/", pageSize: 3).ToListAsync();

        Assert.Equal(Enumerable.Range(0, 7).Select(i => $"appeal-1/file{i}.txt"), items.Select(b => b.Name));
        Assert.Equal(3, log.Count("GET", "comp=list"));
        Assert.Equal(Enumerable.Range(1, 7).Select(i => (long)i), items.Select(b => b.ContentLength));
        Assert.All(items, b => Assert.Equal("text/plain", b.ContentType));
        var properties = await container.GetBlobClient("appeal-1/file3.txt").GetPropertiesAsync();
        Assert.Equal(properties.ETag, items[3].ETag);
        Assert.Equal(properties.LastModified, items[3].LastModified);
        Assert.Equal(8, (await container.ListBlobsAsync().ToListAsync()).Count);
    }

    [Fact]
    public async Task Delete_removes_the_blob_once()
    {
        var (container, _) = await NewContainerAsync();
        var blob = container.GetBlobClient("gone.txt");
        await blob.UploadAsync(new MemoryStream([1, 2, 3]));

        Assert.True(await blob.DeleteIfExistsAsync());
        Assert.False(await blob.DeleteIfExistsAsync());
        Assert.False(await blob.ExistsAsync());
        var error = await Assert.ThrowsAsync<RequestFailedException>(() => blob.DownloadAsync());
        Assert.Equal(404, error.Status);
        Assert.Equal("BlobNotFound", error.ErrorCode);
    }

    [Fact]
    public async Task No_overwrite_refuses_an_existing_blob_on_both_upload_paths()
    {
        var (container, _) = await NewContainerAsync(new BlobClientOptions { SingleUploadThreshold = 1024, BlockSize = 1024 });
        var blob = container.GetBlobClient("once.txt");
        await blob.UploadAsync(new MemoryStream([1]), new BlobUploadOptions { Overwrite = false });

        var small = await Assert.ThrowsAsync<RequestFailedException>(() => blob.UploadAsync(new MemoryStream([2]), new BlobUploadOptions { Overwrite = false }));
        var large = await Assert.ThrowsAsync<RequestFailedException>(() => blob.UploadAsync(new MemoryStream(new byte[5000]), new BlobUploadOptions { Overwrite = false }));

        Assert.Equal((409, "BlobAlreadyExists"), (small.Status, small.ErrorCode));
        Assert.Equal((409, "BlobAlreadyExists"), (large.Status, large.ErrorCode));
        Assert.Equal(1, (await blob.GetPropertiesAsync()).ContentLength);
    }

    [Fact]
    public async Task Stale_etag_is_refused_with_412()
    {
        var (container, _) = await NewContainerAsync();
        var blob = container.GetBlobClient("versioned.txt");
        var first = await blob.UploadAsync(new MemoryStream([1]));
        var second = await blob.UploadAsync(new MemoryStream([2]), new BlobUploadOptions { IfMatch = first.ETag });

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => blob.UploadAsync(new MemoryStream([3]), new BlobUploadOptions { IfMatch = first.ETag }));

        Assert.Equal(412, error.Status);
        Assert.Equal("ConditionNotMet", error.ErrorCode);
        Assert.NotEqual(first.ETag, second.ETag);
    }

    [Fact]
    public async Task Metadata_that_cannot_travel_in_a_header_is_refused_before_sending()
    {
        var (container, _) = await NewContainerAsync();
        var blob = container.GetBlobClient("meta.txt");
        await Assert.ThrowsAsync<ArgumentException>(() => blob.UploadAsync(new MemoryStream([1]),
            new BlobUploadOptions { Metadata = new Dictionary<string, string> { ["subject"] = "Жалоба" } }));
        Assert.False(await blob.ExistsAsync());
    }
}
