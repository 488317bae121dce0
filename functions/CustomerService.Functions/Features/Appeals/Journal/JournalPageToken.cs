using System.Security.Cryptography;
using System.Text;

namespace CustomerService.Functions.Features.Appeals.Journal;

/// <summary>
/// The continuation of a journal page: an offset bound to the query it came from. The text is
/// opaque (base64url) and carries a hash of the query's <see cref="JournalQuery.Fingerprint"/>,
/// so a token replayed with other filters or an edited one is refused. Not signed: a forged
/// offset can only position the caller inside results it may read anyway.
/// </summary>
public static class JournalPageToken
{
    private const int HashBytes = 12;

    public static string Encode(int offset, JournalQuery query)
    {
        var bytes = new byte[4 + HashBytes];
        BitConverter.TryWriteBytes(bytes.AsSpan(0, 4), offset);
        Hash(query).CopyTo(bytes.AsSpan(4));
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
        return offset >= 0 && CryptographicOperations.FixedTimeEquals(bytes.AsSpan(4, HashBytes), Hash(query)) ? offset : null;
    }

    private static byte[] Hash(JournalQuery query) => SHA256.HashData(Encoding.UTF8.GetBytes(query.Fingerprint()))[..HashBytes];
}
