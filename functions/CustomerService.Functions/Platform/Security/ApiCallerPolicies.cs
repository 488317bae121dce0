using Microsoft.AspNetCore.Authorization;

namespace CustomerService.Functions.Platform.Security;

/// <summary>
/// Policies for server-to-server endpoints: <c>.RequireAuthorization(ApiCallerPolicies.ServerToServer)</c>.
/// In hosted mode the function must be declared with authLevel "function" so the host checks
/// the key before forwarding.
/// </summary>
public static class ApiCallerPolicies
{
    public const string ServerToServer = "api-caller";

    internal static AuthorizationBuilder AddApiCallerPolicies(this AuthorizationBuilder authorization) =>
        authorization.AddPolicy(ServerToServer, policy => policy
            .AddAuthenticationSchemes(SecuritySchemes.ApiKey)
            .RequireAuthenticatedUser()
            .RequireClaim(ApiCallerClaims.Caller));
}

public static class ApiCallerClaims
{
    /// <summary>The configured caller name (<c>Security:ApiKeys:&lt;name&gt;</c>), or "functions-host" when hosted.</summary>
    public const string Caller = "api_caller";
}

public static class ApiCallerHttpContextExtensions
{
    /// <summary>The authenticated server-to-server caller's name, or null.</summary>
    public static string? GetApiCaller(this HttpContext context) => context.User.FindFirst(ApiCallerClaims.Caller)?.Value;
}
