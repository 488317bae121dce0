namespace CustomerService.Functions.Platform.Security;

/// <summary>Authentication scheme names. Features use policies, not schemes.</summary>
public static class SecuritySchemes
{
    /// <summary>The default scheme: forwards to whichever staff identity source is configured.</summary>
    public const string Staff = "Staff";
    public const string AppService = "AppServiceAuthentication";
    public const string DevelopmentCookie = "DevelopmentCookie";
    public const string DevelopmentToken = "DevelopmentToken";
    public const string ApiKey = "ApiKey";
}
