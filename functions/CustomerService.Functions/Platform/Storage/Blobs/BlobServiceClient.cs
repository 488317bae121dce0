using System.Globalization;
using System.Xml.Linq;
using Azure.Core;
using CustomerService.Functions.Platform.Storage.Blobs.Sas;

namespace CustomerService.Functions.Platform.Storage.Blobs;

/// <summary>
/// Entry point to the account's blob service (https://learn.microsoft.com/rest/api/storageservices/blob-service-rest-api);
/// hands out one <see cref="BlobContainerClient"/> per container and issues user delegation keys.
/// </summary>
public sealed class BlobServiceClient
{
    /// <summary>The service refuses user delegation keys valid for more than 7 days from now.</summary>
    public static readonly TimeSpan MaxUserDelegationKeyLifetime = TimeSpan.FromDays(7);

    private readonly StoragePipeline _pipeline;
    private readonly BlobClientOptions _options;

    public BlobServiceClient(StorageConnection connection, BlobClientOptions? options = null)
    {
        _options = options ?? new BlobClientOptions();
        _pipeline = new StoragePipeline(connection, StorageService.Blob, _options);
    }

    public Uri Uri => _pipeline.Connection.BlobEndpoint;
    public string AccountName => _pipeline.Connection.AccountName;

    /// <summary>The account key when the connection has one (service SAS possible), else null (Entra ID: use user delegation SAS).</summary>
    public StorageSharedKeyCredential? SharedKey => _pipeline.Connection.SharedKey;

    public BlobContainerClient GetBlobContainerClient(string containerName) => new(_pipeline, _options, containerName);

    /// <summary>
    /// Get User Delegation Key: a key for signing user delegation SAS, valid from <paramref name="startsOn"/>
    /// to <paramref name="expiresOn"/> (≤ 7 days ahead). Only an Entra ID (bearer token) caller may ask.
    /// https://learn.microsoft.com/rest/api/storageservices/get-user-delegation-key
    /// </summary>
    public async Task<UserDelegationKey> GetUserDelegationKeyAsync(DateTimeOffset startsOn, DateTimeOffset expiresOn, CancellationToken cancellationToken = default)
    {
        if (_pipeline.Connection.Token is null)
        {
            throw new InvalidOperationException("A user delegation key needs an Entra ID (TokenCredential) connection; with an account key sign a service SAS instead.");
        }
        if (expiresOn <= startsOn) throw new ArgumentOutOfRangeException(nameof(expiresOn), expiresOn, "The key must expire after it starts.");
        using var message = _pipeline.CreateMessage(RequestMethod.Post, new Uri($"{Uri.ToString().TrimEnd('/')}/?restype=service&comp=userdelegationkey"));
        message.Request.Headers.SetValue("Content-Type", "application/xml; charset=utf-8");
        message.Request.Content = RequestContent.Create(
            $"<?xml version=\"1.0\" encoding=\"utf-8\"?><KeyInfo><Start>{SasTime.Format(startsOn)}</Start><Expiry>{SasTime.Format(expiresOn)}</Expiry></KeyInfo>");
        var response = await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        return ParseUserDelegationKey(response.Content.ToString());
    }

    internal static UserDelegationKey ParseUserDelegationKey(string xml)
    {
        var root = XDocument.Parse(xml).Root ?? throw new FormatException("Empty user delegation key response");
        string Value(string name) => root.Element(name)?.Value ?? throw new FormatException($"The user delegation key response lacks {name}");
        DateTimeOffset Time(string name) => DateTimeOffset.Parse(Value(name), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
        return new UserDelegationKey(Value("SignedOid"), Value("SignedTid"), Time("SignedStart"), Time("SignedExpiry"),
            Value("SignedService"), Value("SignedVersion"), Value("Value"));
    }
}
