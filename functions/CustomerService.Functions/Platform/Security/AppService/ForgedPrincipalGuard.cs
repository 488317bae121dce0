namespace CustomerService.Functions.Platform.Security.AppService;

/// <summary>
/// When App Service Authentication is not trusted, nobody legitimate sends its principal
/// headers: a request carrying one is somebody trying to pose as a signed-in staff member.
/// Answer 401 problem+json and log it (header names only) instead of silently ignoring it.
/// </summary>
internal sealed class ForgedPrincipalGuard(RequestDelegate next, StaffIdentityOptions identity, IProblemDetailsService problems, ILogger<ForgedPrincipalGuard> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (identity.TrustAppServicePrincipal)
        {
            await next(context);
            return;
        }
        var forged = context.Request.Headers.Keys.Where(k => k.StartsWith(ClientPrincipalHeader.FamilyPrefix, StringComparison.OrdinalIgnoreCase)).ToList();
        if (forged.Count == 0)
        {
            await next(context);
            return;
        }
        logger.LogWarning("Possible forgery attempt: request carried {Headers} while App Service Authentication is not trusted; rejected with 401", string.Join(",", forged));
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = StatusCodes.Status401Unauthorized, Detail = "Заголовки удостоверения App Service не принимаются: аутентификация App Service не настроена." },
        });
    }
}
