using System.Security.Cryptography;
using System.Text;

namespace CustomerService.Functions.Features.Appeals.Journal;

/// <summary>
/// The continuation of a journal page: an offset bound to the query it came from. The text is
/// opaque (base64url) and carries a hash of the offset and the query's
/// <see cref="JournalQuery.Fingerprint"/>, so a token replayed with other filters or edited by
/// hand is refused. Not keyed: someone who rebuilds the hash can only position themselves inside
/// results they may read anyway, so a secret (and a setting to rotate it) would buy nothing.
/// </summary>
public static class JournalPageToken
{
    private const int HashBytes = 12;

    public static string Encode(int offset, JournalQuery query)
    {
        var bytes = new byte[4 + HashBytes];
        BitConverter.TryWriteBytes(bytes.AsSpan(0, 4), offset);
        Hash(offset, query).CopyTo(bytes.AsSpan(4));
        return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>The offset, or null when the token is malformed, negative or belongs to another query.</summary>
    public static int? Decode(string token, JournalQuery query)
    {
        if (token.Length > 64) return null;
        var text = token.Replace('-', '+').Replace('_', '/');
        var bytes = new byte[48];
        if (!Convert.TryFromBase64String(text.PadRight(text.Length + (4 - text.Length % 4) % 4, '='), bytes, out var written) || written != 4 + HashBytes)
            return null;
        var offset = BitConverter.ToInt32(bytes, 0);
        return offset >= 0 && CryptographicOperations.FixedTimeEquals(bytes.AsSpan(4, HashBytes), Hash(offset, query)) ? offset : null;
    }

    private static byte[] Hash(int offset, JournalQuery query) =>
        SHA256.HashData(Encoding.UTF8.GetBytes($"{offset}|{query.Fingerprint()}"))[..HashBytes];
}
