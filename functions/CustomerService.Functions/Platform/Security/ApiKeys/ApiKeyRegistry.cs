using System.Security.Cryptography;
using System.Text;

namespace CustomerService.Functions.Platform.Security.ApiKeys;

/// <summary>
/// The configured API keys of server-to-server callers (standalone mode). Keys are kept as
/// SHA-256 digests and compared in constant time against every entry, so neither the key
/// length nor which caller matched shows in the response time.
/// </summary>
public sealed class ApiKeyRegistry
{
    public const int MinimumKeyLength = 32;

    private readonly List<(string Caller, byte[] Digest)> _keys = [];

    public ApiKeyRegistry(IEnumerable<KeyValuePair<string, string?>> callerKeys)
    {
        foreach (var (caller, key) in callerKeys)
        {
            if (string.IsNullOrEmpty(key)) continue;
            if (key.Length < MinimumKeyLength)
                throw new InvalidOperationException($"{SecuritySettings.ApiKeys}:{caller} is shorter than {MinimumKeyLength} characters.");
            _keys.Add((caller, Digest(key)));
        }
    }

    public static ApiKeyRegistry FromConfiguration(IConfiguration configuration) =>
        new(configuration.GetSection(SecuritySettings.ApiKeys).GetChildren().Select(c => KeyValuePair.Create(c.Key, c.Value)));

    public int Count => _keys.Count;

    /// <summary>The caller whose key this is, or null.</summary>
    public string? FindCaller(string presented)
    {
        var digest = Digest(presented);
        string? match = null;
        foreach (var (caller, key) in _keys)
        {
            if (CryptographicOperations.FixedTimeEquals(digest, key)) match ??= caller;
        }
        return match;
    }

    private static byte[] Digest(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
