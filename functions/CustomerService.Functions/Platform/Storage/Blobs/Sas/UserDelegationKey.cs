namespace CustomerService.Functions.Platform.Storage.Blobs.Sas;

/// <summary>
/// A key the blob service issues to an Entra ID principal (Get User Delegation Key) for signing
/// user delegation SAS. Its fields travel in the SAS as skoid, sktid, skt, ske, sks and skv; the
/// <see cref="Value"/> (base64) signs and never leaves the process.
/// </summary>
public sealed record UserDelegationKey(
    string SignedObjectId,
    string SignedTenantId,
    DateTimeOffset SignedStartsOn,
    DateTimeOffset SignedExpiresOn,
    string SignedService,
    string SignedVersion,
    string Value)
{
    public override string ToString() => $"UserDelegationKey(oid={SignedObjectId}, expires={SasTime.Format(SignedExpiresOn)})";
}
