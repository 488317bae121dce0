using System.Security.Cryptography;
using System.Text;

namespace CustomerService.Functions.Platform.Storage.Blobs.Sas;

/// <summary>
/// Describes a SAS for one blob (or a container when <see cref="BlobName"/> is null) and signs it,
/// either as a service SAS with the account key or as a user delegation SAS with a
/// <see cref="UserDelegationKey"/>. String-to-sign layouts are those documented for sv
/// <see cref="SasVersion"/>: https://learn.microsoft.com/rest/api/storageservices/create-service-sas and
/// https://learn.microsoft.com/rest/api/storageservices/create-user-delegation-sas .
/// </summary>
public sealed record BlobSasBuilder
{
    /// <summary>
    /// The sv we sign for. 2025-07-05 is the layout both Azure and Azurite 3.36 verify: the service SAS
    /// layout of 2020-12-06+ and the user delegation layout that added skdutid/sduoid. Fixed on
    /// purpose, independent of the request x-ms-version, because the field list follows sv.
    /// </summary>
    public const string SasVersion = "2025-07-05";

    public required string BlobContainerName { get; init; }

    /// <summary>The blob's name, unescaped (e.g. "обращения/Счёт за май.pdf"); null for a container SAS.</summary>
    public string? BlobName { get; init; }

    public BlobSasPermissions Permissions { get; init; } = BlobSasPermissions.Read;

    /// <summary>Optional; set it a few minutes in the past to absorb clock skew.</summary>
    public DateTimeOffset? StartsOn { get; init; }

    public required DateTimeOffset ExpiresOn { get; init; }

    public SasProtocol Protocol { get; init; } = SasProtocol.Https;

    /// <summary>rscd: the Content-Disposition the service answers with, e.g. from <see cref="ContentDispositionValue.Attachment"/>.</summary>
    public string? ContentDisposition { get; init; }

    /// <summary>rsct: the Content-Type the service answers with.</summary>
    public string? ContentType { get; init; }

    /// <summary>sr: b for a blob, c for a container.</summary>
    public string Resource => BlobName is null ? "c" : "b";

    /// <summary>/blob/{account}/{container}[/{blob}] with the names unescaped, as the service canonicalizes them.</summary>
    public string CanonicalResource(string accountName) =>
        BlobName is null ? $"/blob/{accountName}/{BlobContainerName}" : $"/blob/{accountName}/{BlobContainerName}/{BlobName}";

    /// <summary>Service SAS, sv 2020-12-06 and later: 16 fields.</summary>
    public string ServiceStringToSign(string accountName) => string.Join('\n',
        SasFieldFormat.Permissions(Permissions), Start, SasTime.Format(ExpiresOn), CanonicalResource(accountName),
        "", // si: no stored access policy
        "", // sip: no IP restriction
        SasFieldFormat.Protocol(Protocol), SasVersion, Resource,
        "", // snapshot time
        "", // ses: encryption scope
        "", // rscc
        ContentDisposition ?? "",
        "", // rsce
        "", // rscl
        ContentType ?? "");

    /// <summary>User delegation SAS, sv 2025-07-05 and later: 26 fields.</summary>
    public string UserDelegationStringToSign(UserDelegationKey key, string accountName) => string.Join('\n',
        SasFieldFormat.Permissions(Permissions), Start, SasTime.Format(ExpiresOn), CanonicalResource(accountName),
        key.SignedObjectId, key.SignedTenantId, SasTime.Format(key.SignedStartsOn), SasTime.Format(key.SignedExpiresOn),
        key.SignedService, key.SignedVersion,
        "", // saoid: preauthorized agent object id
        "", // suoid: unauthorized agent object id
        "", // scid: correlation id
        "", // skdutid: delegated user tenant id
        "", // sduoid: delegated user object id
        "", // sip
        SasFieldFormat.Protocol(Protocol), SasVersion, Resource,
        "", // snapshot time
        "", // ses
        "", // rscc
        ContentDisposition ?? "",
        "", // rsce
        "", // rscl
        ContentType ?? "");

    /// <summary>Signs with the account key (HMAC-SHA256 of the string-to-sign).</summary>
    public BlobSasQueryParameters ToServiceSas(StorageSharedKeyCredential key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return new BlobSasQueryParameters(CommonParameters(null), key.Sign(ServiceStringToSign(key.AccountName)));
    }

    /// <summary>Signs with a user delegation key obtained under Entra ID; the SAS cannot outlive the key.</summary>
    public BlobSasQueryParameters ToUserDelegationSas(UserDelegationKey key, string accountName)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (ExpiresOn > key.SignedExpiresOn) throw new ArgumentException("The SAS would outlive its user delegation key.", nameof(key));
        var signature = Convert.ToBase64String(HMACSHA256.HashData(Convert.FromBase64String(key.Value),
            Encoding.UTF8.GetBytes(UserDelegationStringToSign(key, accountName))));
        return new BlobSasQueryParameters(CommonParameters(key), signature);
    }

    private string Start => StartsOn is { } start ? SasTime.Format(start) : "";

    private List<KeyValuePair<string, string>> CommonParameters(UserDelegationKey? key)
    {
        var parameters = new List<KeyValuePair<string, string>> { new("sv", SasVersion) };
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value)) parameters.Add(new(name, value));
        }
        Add("st", StartsOn is null ? null : Start);
        Add("se", SasTime.Format(ExpiresOn));
        Add("sr", Resource);
        Add("sp", SasFieldFormat.Permissions(Permissions));
        Add("spr", SasFieldFormat.Protocol(Protocol));
        if (key is not null)
        {
            Add("skoid", key.SignedObjectId);
            Add("sktid", key.SignedTenantId);
            Add("skt", SasTime.Format(key.SignedStartsOn));
            Add("ske", SasTime.Format(key.SignedExpiresOn));
            Add("sks", key.SignedService);
            Add("skv", key.SignedVersion);
        }
        Add("rscd", ContentDisposition);
        Add("rsct", ContentType);
        return parameters;
    }
}

/// <summary>A signed SAS: the query parameters in order, then sig.</summary>
public sealed class BlobSasQueryParameters(IReadOnlyList<KeyValuePair<string, string>> parameters, string signature)
{
    public IReadOnlyList<KeyValuePair<string, string>> Parameters { get; } = [.. parameters, new("sig", signature)];

    public string Signature { get; } = signature;

    /// <summary>The query string without '?', every value percent-encoded.</summary>
    public override string ToString() =>
        string.Join('&', Parameters.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));

    /// <summary>The resource's (already escaped) address with this SAS as its query.</summary>
    public Uri ApplyTo(Uri resourceUri) => new($"{resourceUri.GetLeftPart(UriPartial.Path)}?{this}");
}
