using System.Security.Cryptography;
using System.Text;

namespace CustomerService.Functions.Platform.Communication;

/// <summary>
/// The pure parts of ACS HMAC-SHA256 request signing (research B3, from the ACS HMAC tutorial):
/// content hash, string-to-sign and signature. No I/O, so the published test vectors prove it.
/// </summary>
public static class AcsHmac
{
    public const string SignedHeaders = "x-ms-date;host;x-ms-content-sha256";

    /// <summary>base64(SHA-256(body)); required even for an empty body.</summary>
    public static string ContentHash(ReadOnlySpan<byte> body) => Convert.ToBase64String(SHA256.HashData(body));

    /// <summary><c>VERB\nPathAndQuery\nx-ms-date;host;x-ms-content-sha256</c> (the header values, in that order).</summary>
    public static string StringToSign(string method, string pathAndQuery, string date, string host, string contentHash) =>
        $"{method.ToUpperInvariant()}\n{pathAndQuery}\n{date};{host};{contentHash}";

    /// <summary>base64(HMAC-SHA256(base64decode(accessKey), UTF-8(stringToSign))).</summary>
    public static string Sign(string accessKey, string stringToSign) =>
        Convert.ToBase64String(HMACSHA256.HashData(Convert.FromBase64String(accessKey), Encoding.UTF8.GetBytes(stringToSign)));

    public static string AuthorizationHeader(string signature) => $"HMAC-SHA256 SignedHeaders={SignedHeaders}&Signature={signature}";

    /// <summary>Compares a received signature with the expected one in constant time (for receivers such as the test fake).</summary>
    public static bool SignatureMatches(string expected, string? actual) =>
        actual is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(actual));
}
