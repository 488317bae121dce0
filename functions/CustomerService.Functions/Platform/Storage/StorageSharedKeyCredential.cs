using System.Security.Cryptography;
using System.Text;

namespace CustomerService.Functions.Platform.Storage;

/// <summary>An account name and key; signs strings with HMAC-SHA256 as Shared Key auth requires.</summary>
public sealed class StorageSharedKeyCredential(string accountName, string accountKey)
{
    private readonly byte[] _key = Convert.FromBase64String(accountKey);

    public string AccountName { get; } = accountName;

    public string Sign(string stringToSign) =>
        Convert.ToBase64String(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(stringToSign)));

    public override string ToString() => $"SharedKey({AccountName})";
}
