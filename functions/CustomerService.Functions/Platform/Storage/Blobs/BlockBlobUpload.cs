using System.Buffers;
using System.Security;
using System.Security.Cryptography;
using System.Text;
using Azure.Core;

namespace CustomerService.Functions.Platform.Storage.Blobs;

/// <summary>
/// One upload of a block blob. Reads up to threshold + 1 bytes to learn whether the stream is
/// small (one Put Blob) or large (Put Block per block, then Put Block List), so a stream of unknown
/// length is never buffered whole. Each request carries Content-MD5 so the service rejects a body
/// damaged in transit. Put Blob ≤ 5,000 MiB, block ≤ 4,000 MiB, ≤ 50,000 blocks (research B6).
/// </summary>
internal sealed class BlockBlobUpload
{
    private readonly StoragePipeline _pipeline;
    private readonly Uri _blobUri;
    private readonly BlobUploadOptions _options;
    private readonly int _threshold;
    private readonly int _blockSize;

    public BlockBlobUpload(StoragePipeline pipeline, Uri blobUri, BlobUploadOptions options, int threshold, int blockSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(threshold);
        ArgumentOutOfRangeException.ThrowIfEqual(threshold, int.MaxValue);
        ArgumentOutOfRangeException.ThrowIfLessThan(blockSize, 1);
        (_pipeline, _blobUri, _options, _threshold, _blockSize) = (pipeline, blobUri, options, threshold, blockSize);
    }

    public async Task<BlobContentInfo> RunAsync(Stream content, CancellationToken cancellationToken)
    {
        var head = ArrayPool<byte>.Shared.Rent(_threshold + 1);
        try
        {
            var headLength = await new ChunkReader(default, content).FillAsync(head.AsMemory(0, _threshold + 1), cancellationToken).ConfigureAwait(false);
            return headLength <= _threshold
                ? await PutBlobAsync(head.AsMemory(0, headLength), cancellationToken).ConfigureAwait(false)
                : await PutBlocksAsync(new ChunkReader(head.AsMemory(0, headLength), content), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(head);
        }
    }

    private async Task<BlobContentInfo> PutBlobAsync(ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        using var message = _pipeline.CreateMessage(RequestMethod.Put, _blobUri);
        message.Request.Headers.SetValue("x-ms-blob-type", "BlockBlob");
        SetBlobHeaders(message.Request);
        SetBody(message.Request, body);
        var response = await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        return BlobHeaders.ContentInfo(response);
    }

    private async Task<BlobContentInfo> PutBlocksAsync(ChunkReader reader, CancellationToken cancellationToken)
    {
        var block = ArrayPool<byte>.Shared.Rent(_blockSize);
        try
        {
            var ids = new List<string>();
            int length;
            while ((length = await reader.FillAsync(block.AsMemory(0, _blockSize), cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (ids.Count == BlockIds.MaxBlocks)
                {
                    throw new InvalidOperationException($"The stream needs more than {BlockIds.MaxBlocks} blocks of {_blockSize} bytes; use a larger BlockSize.");
                }
                var id = BlockIds.For(ids.Count);
                await PutBlockAsync(id, block.AsMemory(0, length), cancellationToken).ConfigureAwait(false);
                ids.Add(id);
            }
            return await PutBlockListAsync(ids, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(block);
        }
    }

    private async Task PutBlockAsync(string blockId, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var uri = new RequestUriBuilder();
        uri.Reset(_blobUri);
        uri.AppendQuery("comp", "block");
        uri.AppendQuery("blockid", blockId);
        using var message = _pipeline.CreateMessage(RequestMethod.Put, uri.ToUri());
        SetBody(message.Request, body);
        await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Commits the staged blocks in order; content type, metadata and conditions apply here, not to the blocks.</summary>
    private async Task<BlobContentInfo> PutBlockListAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><BlockList>");
        foreach (var id in ids) xml.Append("<Latest>").Append(SecurityElement.Escape(id)).Append("</Latest>");
        xml.Append("</BlockList>");
        using var message = _pipeline.CreateMessage(RequestMethod.Put, new Uri(_blobUri.AbsoluteUri + "?comp=blocklist"));
        SetBlobHeaders(message.Request);
        message.Request.Headers.SetValue("Content-Type", "application/xml; charset=utf-8");
        message.Request.Content = RequestContent.Create(Encoding.UTF8.GetBytes(xml.ToString()));
        var response = await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        return BlobHeaders.ContentInfo(response);
    }

    private void SetBlobHeaders(Request request)
    {
        if (_options.ContentType is { } contentType) request.Headers.SetValue("x-ms-blob-content-type", contentType);
        BlobHeaders.SetMetadata(request, _options.Metadata);
        BlobHeaders.SetConditions(request, _options);
    }

    private static void SetBody(Request request, ReadOnlyMemory<byte> body)
    {
        request.Headers.SetValue("Content-MD5", Convert.ToBase64String(MD5.HashData(body.Span)));
        request.Content = RequestContent.Create(body);
    }

    /// <summary>Bytes already read from the stream first, then the rest of the stream, in full chunks.</summary>
    private sealed class ChunkReader(ReadOnlyMemory<byte> head, Stream rest)
    {
        private ReadOnlyMemory<byte> _head = head;

        /// <summary>Fills <paramref name="chunk"/> completely unless the data ends; returns the bytes written.</summary>
        public async ValueTask<int> FillAsync(Memory<byte> chunk, CancellationToken cancellationToken)
        {
            var count = Math.Min(_head.Length, chunk.Length);
            _head[..count].CopyTo(chunk);
            _head = _head[count..];
            while (count < chunk.Length)
            {
                var read = await rest.ReadAsync(chunk[count..], cancellationToken).ConfigureAwait(false);
                if (read == 0) break;
                count += read;
            }
            return count;
        }
    }
}
