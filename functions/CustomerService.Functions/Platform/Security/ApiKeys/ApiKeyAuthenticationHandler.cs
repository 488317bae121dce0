using System.Security.Claims;
using System.Text.Encodings.Web;
using CustomerService.Functions.Platform.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CustomerService.Functions.Platform.Security.ApiKeys;

/// <summary>
/// Authenticates server-to-server callers (chat-bot, IVR, billing). Hosted: the Functions host
/// has already checked the function key (authLevel "function") before forwarding, so the
/// request is a trusted caller. Standalone: the key in <c>x-functions-key</c> or <c>?code=</c>
/// (the same places the host reads) must match a configured <c>Security:ApiKeys:*</c> entry.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    AppRuntime runtime,
    ApiKeyRegistry registry)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    public const string HeaderName = "x-functions-key";
    public const string QueryName = "code";

    /// <summary>The caller name given to requests the Functions host let through.</summary>
    public const string FunctionsHostCaller = "functions-host";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (runtime.Mode == RunMode.Hosted) return Task.FromResult(Success(FunctionsHostCaller));
        var presented = Request.Headers[HeaderName].FirstOrDefault() ?? Request.Query[QueryName].FirstOrDefault();
        if (string.IsNullOrEmpty(presented)) return Task.FromResult(AuthenticateResult.NoResult());
        var caller = registry.FindCaller(presented);
        if (caller is null)
        {
            Logger.LogWarning("Rejected a request with an unknown API key");
            return Task.FromResult(AuthenticateResult.Fail("Unknown API key."));
        }
        return Task.FromResult(Success(caller));
    }

    private AuthenticateResult Success(string caller)
    {
        var identity = new ClaimsIdentity([new Claim(ApiCallerClaims.Caller, caller)], Scheme.Name, ApiCallerClaims.Caller, ClaimTypes.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }
}
