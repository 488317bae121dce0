using System.Security.Cryptography;
using System.Text;
using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Features.Appeals.Registration;
using CustomerService.Functions.Platform.Hosting;

namespace CustomerService.Functions.Features.Appeals.Status;

/// <summary>
/// The status access code given to the applicant: base64url(appeal id (16 bytes) + the first
/// 12 bytes of HMAC-SHA256(key, id)), 38 characters. Unguessable without the key, carries no
/// personal data, and needs no storage to check.
/// </summary>
public sealed class AccessCodes
{
    public const int MinimumKeyLength = 32;
    private const int IdBytes = 16;
    private const int TagBytes = 12;

    private readonly byte[] _key;

    public AccessCodes(byte[] key) => _key = key;

    public static AccessCodes FromConfiguration(IConfiguration configuration, AppRuntime runtime, ILogger<AccessCodes> logger)
    {
        var key = configuration[AppealsSettings.StatusCodeKey];
        if (!string.IsNullOrEmpty(key))
        {
            if (key.Length < MinimumKeyLength) throw new InvalidOperationException($"{AppealsSettings.StatusCodeKey} is shorter than {MinimumKeyLength} characters.");
            return new AccessCodes(Encoding.UTF8.GetBytes(key));
        }
        if (runtime.Mode == RunMode.Hosted) throw new InvalidOperationException($"{AppealsSettings.StatusCodeKey} must be set in hosted mode.");
        logger.LogWarning("{Setting} is not set: status access codes use a random key and stop working when this process ends", AppealsSettings.StatusCodeKey);
        return new AccessCodes(RandomNumberGenerator.GetBytes(32));
    }

    public string Create(string appealId)
    {
        var id = Convert.FromHexString(appealId);
        var code = new byte[IdBytes + TagBytes];
        id.CopyTo(code, 0);
        Tag(id).AsSpan(0, TagBytes).CopyTo(code.AsSpan(IdBytes));
        return Base64Url(code);
    }

    /// <summary>The appeal id the code was issued for, or null for anything else (checked in constant time).</summary>
    public string? Verify(string? code)
    {
        if (string.IsNullOrEmpty(code) || code.Length > 64) return null;
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(code.Replace('-', '+').Replace('_', '/') + new string('=', (4 - code.Length % 4) % 4));
        }
        catch (FormatException)
        {
            return null;
        }
        // Only the canonical spelling: no second code string for the same appeal.
        if (bytes.Length != IdBytes + TagBytes || !string.Equals(Base64Url(bytes), code, StringComparison.Ordinal)) return null;
        var id = bytes.AsSpan(0, IdBytes).ToArray();
        var ok = CryptographicOperations.FixedTimeEquals(Tag(id).AsSpan(0, TagBytes), bytes.AsSpan(IdBytes));
        return ok ? Convert.ToHexStringLower(id) : null;
    }

    /// <summary>Relative link the acknowledgement quotes: <c>/api/appeals/{number}/status?code=…</c>.</summary>
    public string StatusPath(string registrationNumber, string appealId) =>
        $"/api/appeals/{Uri.EscapeDataString(registrationNumber)}/status?code={Create(appealId)}";

    private byte[] Tag(byte[] id) => HMACSHA256.HashData(_key, id);

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    internal static bool LooksLikeAppealId(string id) => AppealIds.IsValid(id);
}
