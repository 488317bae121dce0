using System.Globalization;
using Azure;
using CustomerService.Functions.Platform.Storage.Blobs;
using CustomerService.Functions.Platform.Storage.Blobs.Sas;

namespace CustomerService.Functions.Features.Appeals.Attachments;

/// <summary>
/// Appeal attachments in the private <c>appeal-attachments</c> container, one blob per file named
/// <c>{appealId}/{attachmentId}</c>. The blob carries the sniffed Content-Type and, as metadata, the
/// sanitized original name (percent-encoded: metadata is ASCII), SHA-256, type and upload time —
/// so listing needs no table. Staff read them through short-lived read-only links or a stream.
/// </summary>
public sealed class AppealAttachments(BlobServiceClient blobs, BlobSasLinks links, AttachmentPolicy policy, TimeProvider time)
{
    public const string ContainerName = "appeal-attachments";

    private readonly BlobContainerClient _container = blobs.GetBlobContainerClient(ContainerName);
    private volatile bool _containerReady;

    public AttachmentPolicy Policy => policy;

    /// <summary>A new, empty batch to collect and check an appeal's files before anything is stored.</summary>
    public AttachmentBatch StartBatch() => new(policy);

    /// <summary>
    /// Stores every accepted file of <paramref name="batch"/> (one Put Blob each, in parallel).
    /// Safe to repeat: ids depend on position and content, so a retry overwrites the same blobs.
    /// </summary>
    public async Task<IReadOnlyList<StoredAttachment>> SaveAsync(string appealId, AttachmentBatch batch, CancellationToken cancellationToken)
    {
        if (!AttachmentIds.IsAppealId(appealId)) throw new ArgumentException("Appeal id must be 1–100 letters, digits, '-' or '_'.", nameof(appealId));
        if (batch.HasProblems) throw new InvalidOperationException("A batch with refused files must not be stored; answer the problems to the sender.");
        if (batch.Accepted.Count == 0) return [];
        await EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
        var uploadedAt = time.GetUtcNow();
        return await Task.WhenAll(batch.Accepted.Select(a => UploadAsync(appealId, a, uploadedAt, cancellationToken))).ConfigureAwait(false);
    }

    /// <summary>The appeal's attachments in the order they were attached; empty when it has none.</summary>
    public async Task<IReadOnlyList<StoredAttachment>> ListAsync(string appealId, CancellationToken cancellationToken)
    {
        if (!AttachmentIds.IsAppealId(appealId)) return [];
        var ids = new List<string>();
        try
        {
            await foreach (var item in _container.ListBlobsAsync($"{appealId}/", cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                var id = item.Name[(appealId.Length + 1)..];
                if (AttachmentIds.IsAttachmentId(id)) ids.Add(id);
            }
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return [];
        }
        // The listing has no metadata; an appeal has at most a handful of files, so one HEAD each.
        var found = await Task.WhenAll(ids.Select(id => GetAsync(appealId, id, cancellationToken))).ConfigureAwait(false);
        return found.OfType<StoredAttachment>().ToList();
    }

    /// <summary>One attachment's description, or null when the appeal has no such attachment.</summary>
    public async Task<StoredAttachment?> GetAsync(string appealId, string attachmentId, CancellationToken cancellationToken)
    {
        if (!AttachmentIds.IsAppealId(appealId) || !AttachmentIds.IsAttachmentId(attachmentId)) return null;
        try
        {
            var properties = await Blob(appealId, attachmentId).GetPropertiesAsync(cancellationToken).ConfigureAwait(false);
            return AttachmentMetadata.Read(attachmentId, properties);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    /// <summary>A read-only link valid for the configured minutes that downloads under the original name; null when not found.</summary>
    public async Task<Uri?> GetDownloadLinkAsync(string appealId, string attachmentId, CancellationToken cancellationToken)
    {
        if (await GetAsync(appealId, attachmentId, cancellationToken).ConfigureAwait(false) is not { } attachment) return null;
        return await links.GetReadLinkAsync(ContainerName, AttachmentIds.BlobName(appealId, attachmentId), policy.Options.DownloadLinkValidity,
            attachment.FileName, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Starts streaming an attachment's bytes; null when not found. Dispose the result.</summary>
    public async Task<AttachmentDownload?> OpenReadAsync(string appealId, string attachmentId, CancellationToken cancellationToken)
    {
        if (!AttachmentIds.IsAppealId(appealId) || !AttachmentIds.IsAttachmentId(attachmentId)) return null;
        try
        {
            var download = await Blob(appealId, attachmentId).DownloadAsync(cancellationToken).ConfigureAwait(false);
            return new AttachmentDownload(AttachmentMetadata.Read(attachmentId, download.Properties), download);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    private async Task<StoredAttachment> UploadAsync(string appealId, AcceptedAttachment accepted, DateTimeOffset uploadedAt, CancellationToken cancellationToken)
    {
        accepted.Buffer.Content.Position = 0;
        var stored = new StoredAttachment(accepted.Id, accepted.FileName, accepted.Type.ContentType, accepted.Length, accepted.Sha256, uploadedAt);
        await Blob(appealId, accepted.Id).UploadAsync(accepted.Buffer.Content, new BlobUploadOptions
        {
            ContentType = accepted.Type.ContentType,
            Metadata = AttachmentMetadata.Write(stored, accepted.Type),
        }, cancellationToken).ConfigureAwait(false);
        return stored;
    }

    private BlobClient Blob(string appealId, string attachmentId) => _container.GetBlobClient(AttachmentIds.BlobName(appealId, attachmentId));

    private async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        if (_containerReady) return;
        await _container.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        _containerReady = true;
    }
}

/// <summary>What staff see of a stored attachment.</summary>
public sealed record StoredAttachment(string Id, string FileName, string ContentType, long Size, string Sha256, DateTimeOffset UploadedAt);

/// <summary>An attachment being streamed from storage.</summary>
public sealed class AttachmentDownload(StoredAttachment attachment, BlobDownloadResult download) : IAsyncDisposable
{
    public StoredAttachment Attachment { get; } = attachment;
    public Stream Content => download.Content;
    public ValueTask DisposeAsync() => download.DisposeAsync();
}

/// <summary>Blob metadata of an attachment (names must be identifiers, values ASCII).</summary>
internal static class AttachmentMetadata
{
    private const string FileName = "filename";
    private const string Sha256 = "sha256";
    private const string Type = "attachmenttype";
    private const string UploadedAt = "uploadedat";

    public static Dictionary<string, string> Write(StoredAttachment attachment, AttachmentType type) => new()
    {
        [FileName] = Uri.EscapeDataString(attachment.FileName),
        [Sha256] = attachment.Sha256,
        [Type] = type.Id,
        [UploadedAt] = attachment.UploadedAt.ToString("O", CultureInfo.InvariantCulture),
    };

    public static StoredAttachment Read(string attachmentId, BlobProperties properties)
    {
        string Value(string key) => properties.Metadata.TryGetValue(key, out var value) ? value : "";
        var uploadedAt = DateTimeOffset.TryParse(Value(UploadedAt), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) ? at : properties.LastModified;
        var name = Value(FileName) is { Length: > 0 } escaped ? Uri.UnescapeDataString(escaped) : AttachmentFileName.Fallback;
        return new StoredAttachment(attachmentId, name, properties.ContentType ?? "application/octet-stream", properties.ContentLength, Value(Sha256), uploadedAt);
    }
}
