using Microsoft.AspNetCore.DataProtection;

namespace CustomerService.Functions.Platform.Security.Development;

/// <summary>
/// Bearer tokens for scripts and tests in development sign-in: the seeded user's name,
/// encrypted and authenticated with ASP.NET Core data protection and time-limited, so a token
/// can't be made up or edited and stops working after <see cref="Lifetime"/>.
/// </summary>
public sealed class DevelopmentTokens(IDataProtectionProvider protection, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    private readonly ITimeLimitedDataProtector _protector =
        protection.CreateProtector("CustomerService.Functions.Security.DevelopmentToken").ToTimeLimitedDataProtector();

    public (string Token, DateTimeOffset ExpiresAt) Issue(DevelopmentUser user)
    {
        var expiresAt = clock.GetUtcNow() + Lifetime;
        return (_protector.Protect(user.User, expiresAt), expiresAt);
    }

    /// <summary>The user the token was issued to, or null when it is forged, edited or expired.</summary>
    public DevelopmentUser? Validate(string token)
    {
        try
        {
            return DevelopmentUsers.Find(_protector.Unprotect(token, out _));
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
