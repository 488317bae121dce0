using System.Security.Cryptography;
using System.Text;

namespace CustomerService.Functions.Features.Appeals.Registration;

/// <summary>
/// Appeal ids: 32 lower-case hex digits (16 bytes). With an Idempotency-Key the id is derived
/// from it — SHA-256(organization | caller | key) — so a retry finds the first attempt with one
/// point read; without a key it is random.
/// </summary>
public static class AppealIds
{
    public static string FromIdempotencyKey(string organization, string caller, string key)
    {
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes($"{organization}|{caller}|{key}"));
        return Convert.ToHexStringLower(digest.AsSpan(0, 16));
    }

    public static string New() => Guid.NewGuid().ToString("N");

    public static bool IsValid(string id) => id.Length == 32 && id.All(char.IsAsciiHexDigitLower);
}
