using CustomerService.Functions.Platform.Configuration;

namespace CustomerService.Functions.Platform.Security;

/// <summary>Every setting the security platform reads.</summary>
public static class SecuritySettings
{
    [AppSetting("Where staff identity comes from: 'AppServiceAuthentication' (Entra ID via App Service Authentication, hosted only), 'DevelopmentSignIn' (seeded users, standalone only) or empty (no staff sign-in).")]
    public const string StaffIdentity = "Security:StaffIdentity";

    [AppSetting("Set to 'True' by App Service when App Service Authentication is enabled; X-MS-CLIENT-PRINCIPAL is trusted only then.", Source = SettingSource.Platform, Optional = true)]
    public const string AppServiceAuthEnabled = "WEBSITE_AUTH_ENABLED";

    [AppSetting("Optional mapping of Entra app role values to our roles, 'EntraValue=our-role;…'. Without it the app role values must equal our role names (operator, executor, head-of-unit, administrator, security-officer).", Optional = true)]
    public const string EntraRoleMap = "Security:EntraRoleMap";

    [AppSetting("Standalone mode: API keys of server-to-server callers, one child per caller: Security:ApiKeys:<caller> = <key> (at least 32 characters). Hosted mode uses Functions keys instead.", Source = SettingSource.StandaloneOnly, Optional = true)]
    public const string ApiKeys = "Security:ApiKeys";

    [AppSetting("Requests one client (IP address) may make to a public endpoint per window (default 30).", Optional = true)]
    public const string PublicIntakePermitLimit = "Security:RateLimits:PublicIntake:PermitLimit";

    [AppSetting("Length of the public-endpoint rate-limit window in seconds (default 60).", Optional = true)]
    public const string PublicIntakeWindowSeconds = "Security:RateLimits:PublicIntake:WindowSeconds";
}

/// <summary>Values of <see cref="SecuritySettings.StaffIdentity"/>.</summary>
public static class StaffIdentitySources
{
    public const string AppServiceAuthentication = "AppServiceAuthentication";
    public const string DevelopmentSignIn = "DevelopmentSignIn";
}
