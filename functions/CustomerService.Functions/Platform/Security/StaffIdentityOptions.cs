using CustomerService.Functions.Platform.Hosting;

namespace CustomerService.Functions.Platform.Security;

/// <summary>
/// Which staff identity source this process trusts, decided once from settings and run mode.
/// App Service's principal header is trusted only when we are hosted, the setting asks for it
/// and App Service itself says its authentication module is on (it then strips client-sent
/// copies of the header); anything else would let a caller name themselves administrator.
/// </summary>
public sealed record StaffIdentityOptions(bool TrustAppServicePrincipal, bool DevelopmentSignIn, string? Warning)
{
    public static StaffIdentityOptions Resolve(IConfiguration configuration, RunMode mode)
    {
        var source = configuration[SecuritySettings.StaffIdentity]?.Trim();
        return source switch
        {
            null or "" => new(false, false, null),
            StaffIdentitySources.AppServiceAuthentication => ForAppService(configuration, mode),
            StaffIdentitySources.DevelopmentSignIn when mode == RunMode.Hosted => throw new InvalidOperationException(
                $"{SecuritySettings.StaffIdentity}={StaffIdentitySources.DevelopmentSignIn} is refused in hosted mode: development sign-in would let anyone act as any staff member."),
            StaffIdentitySources.DevelopmentSignIn => new(false, true, null),
            _ => throw new InvalidOperationException(
                $"{SecuritySettings.StaffIdentity} must be '{StaffIdentitySources.AppServiceAuthentication}', '{StaffIdentitySources.DevelopmentSignIn}' or empty."),
        };
    }

    private static StaffIdentityOptions ForAppService(IConfiguration configuration, RunMode mode)
    {
        if (mode != RunMode.Hosted)
            return new(false, false, "App Service Authentication is configured but the app is not hosted by the Functions host: principal headers are not trusted.");
        if (!string.Equals(configuration[SecuritySettings.AppServiceAuthEnabled], "True", StringComparison.OrdinalIgnoreCase))
            return new(false, false, $"App Service Authentication is configured but {SecuritySettings.AppServiceAuthEnabled} is not 'True': principal headers are not trusted and staff cannot sign in.");
        return new(true, false, null);
    }
}
