using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CustomerService.Functions.Platform.Security.Development;

/// <summary>Development sign-in for scripts: <c>Authorization: Bearer &lt;token from /api/dev/sign-in&gt;</c>.</summary>
internal sealed class DevelopmentTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    StaffIdentityOptions identity,
    DevelopmentTokens tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    private const string Prefix = "Bearer ";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!identity.DevelopmentSignIn) return Task.FromResult(AuthenticateResult.NoResult());
        var header = Request.Headers.Authorization.FirstOrDefault();
        if (header is null || !header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)) return Task.FromResult(AuthenticateResult.NoResult());
        var user = tokens.Validate(header[Prefix.Length..].Trim());
        if (user is null)
        {
            Logger.LogWarning("Rejected an invalid or expired development bearer token");
            return Task.FromResult(AuthenticateResult.Fail("Invalid development token."));
        }
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(user.ToStaffUser().ToPrincipal("development"), Scheme.Name)));
    }
}
