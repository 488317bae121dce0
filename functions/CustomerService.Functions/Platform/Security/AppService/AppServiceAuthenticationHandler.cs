using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CustomerService.Functions.Platform.Security.AppService;

/// <summary>
/// Staff identity from App Service Authentication (Entra ID). App Service validated the token
/// and injected the principal header; we trust it only when <see cref="StaffIdentityOptions"/>
/// says App Service Authentication is really in front of us.
/// </summary>
internal sealed class AppServiceAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    StaffIdentityOptions identity,
    EntraRoleMap roleMap)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!identity.TrustAppServicePrincipal) return Task.FromResult(AuthenticateResult.NoResult());
        var header = Request.Headers[ClientPrincipalHeader.Name].FirstOrDefault();
        if (header is null) return Task.FromResult(AuthenticateResult.NoResult());
        var user = ClientPrincipalHeader.TryParse(header, roleMap);
        if (user is null)
        {
            Logger.LogWarning("Rejected an unreadable {Header} header", ClientPrincipalHeader.Name);
            return Task.FromResult(AuthenticateResult.Fail("Unreadable client principal."));
        }
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(user.ToPrincipal("aad"), Scheme.Name)));
    }
}
