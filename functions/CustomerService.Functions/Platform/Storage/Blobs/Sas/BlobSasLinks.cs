namespace CustomerService.Functions.Platform.Storage.Blobs.Sas;

/// <summary>
/// Read-only download links for features: "a link to this blob, valid for N minutes". Under Entra
/// ID (managed identity) it signs a user delegation SAS with a cached key, as Microsoft recommends;
/// with an account key (Azurite, key-based accounts) it signs a service SAS. All times come from
/// <see cref="TimeProvider"/>.
/// </summary>
public sealed class BlobSasLinks(BlobServiceClient blobs, TimeProvider time) : IDisposable
{
    /// <summary>A delegation key lives at most 7 days; links stay a day shorter so a cached key still covers them.</summary>
    public static readonly TimeSpan MaxValidity = TimeSpan.FromDays(6);

    /// <summary>Start a little in the past so a server whose clock runs behind ours still accepts the link at once.</summary>
    internal static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _keyLock = new(1, 1);
    private UserDelegationKey? _key;

    public BlobSasKind Kind => blobs.SharedKey is null ? BlobSasKind.UserDelegation : BlobSasKind.Service;

    /// <param name="downloadFileName">When given, the download is served as an attachment with this name (Cyrillic allowed).</param>
    public async Task<Uri> GetReadLinkAsync(string containerName, string blobName, TimeSpan validFor,
        string? downloadFileName = null, CancellationToken cancellationToken = default)
    {
        if (validFor <= TimeSpan.Zero || validFor > MaxValidity)
        {
            throw new ArgumentOutOfRangeException(nameof(validFor), validFor, $"A link is valid for more than zero and at most {MaxValidity.TotalDays} days.");
        }
        var blob = blobs.GetBlobContainerClient(containerName).GetBlobClient(blobName);
        var now = time.GetUtcNow();
        var builder = new BlobSasBuilder
        {
            BlobContainerName = blob.BlobContainerName,
            BlobName = blob.Name,
            Permissions = BlobSasPermissions.Read,
            StartsOn = now - ClockSkew,
            ExpiresOn = now + validFor,
            // Only the local emulator speaks plain HTTP; anything in Azure is HTTPS only.
            Protocol = blob.Uri.Scheme == Uri.UriSchemeHttps ? SasProtocol.Https : SasProtocol.HttpsAndHttp,
            ContentDisposition = downloadFileName is null ? null : ContentDispositionValue.Attachment(downloadFileName),
        };
        var sas = blobs.SharedKey is { } key
            ? builder.ToServiceSas(key)
            : builder.ToUserDelegationSas(await KeyCoveringAsync(builder.ExpiresOn, cancellationToken).ConfigureAwait(false), blobs.AccountName);
        return sas.ApplyTo(blob.Uri);
    }

    public void Dispose() => _keyLock.Dispose();

    /// <summary>The cached delegation key if it outlives <paramref name="sasExpiry"/>, else a fresh 7-day key.</summary>
    private async Task<UserDelegationKey> KeyCoveringAsync(DateTimeOffset sasExpiry, CancellationToken cancellationToken)
    {
        if (_key is { } cached && cached.SignedExpiresOn >= sasExpiry) return cached;
        await _keyLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_key is { } current && current.SignedExpiresOn >= sasExpiry) return current;
            var now = time.GetUtcNow();
            _key = await blobs.GetUserDelegationKeyAsync(now - ClockSkew, now + BlobServiceClient.MaxUserDelegationKeyLifetime - ClockSkew, cancellationToken).ConfigureAwait(false);
            return _key;
        }
        finally
        {
            _keyLock.Release();
        }
    }
}

public enum BlobSasKind
{
    /// <summary>Signed with the account key.</summary>
    Service,

    /// <summary>Signed with a user delegation key obtained under Entra ID.</summary>
    UserDelegation,
}
