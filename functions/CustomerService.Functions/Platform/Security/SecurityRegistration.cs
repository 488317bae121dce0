using CustomerService.Functions.Platform.Hosting;
using CustomerService.Functions.Platform.Http;
using CustomerService.Functions.Platform.Security.ApiKeys;
using CustomerService.Functions.Platform.Security.AppService;
using CustomerService.Functions.Platform.Security.Development;
using CustomerService.Functions.Platform.Security.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace CustomerService.Functions.Platform.Security;

/// <summary>
/// The security platform in three calls from the composition root:
/// <c>builder.AddSecurity()</c>, <c>app.UseSecurity()</c> (first in the pipeline) and
/// <c>api.MapSecurity()</c> (/api/me and, in development sign-in, /api/dev/*).
/// </summary>
public static class SecurityRegistration
{
    public static WebApplicationBuilder AddSecurity(this WebApplicationBuilder builder)
    {
        builder.AddHttpPlatform();
        var services = builder.Services;
        services.AddSingleton(provider => StaffIdentityOptions.Resolve(provider.GetRequiredService<IConfiguration>(), provider.GetRequiredService<AppRuntime>().Mode));
        services.AddSingleton(provider => new EntraRoleMap(provider.GetRequiredService<IConfiguration>()[SecuritySettings.EntraRoleMap]));
        services.AddSingleton(provider => ApiKeyRegistry.FromConfiguration(provider.GetRequiredService<IConfiguration>()));
        services.AddSingleton<DevelopmentTokens>();
        services.AddAuthentication(SecuritySchemes.Staff)
            .AddPolicyScheme(SecuritySchemes.Staff, "Staff", options => options.ForwardDefaultSelector = SelectStaffScheme)
            .AddScheme<AuthenticationSchemeOptions, AppServiceAuthenticationHandler>(SecuritySchemes.AppService, null)
            .AddScheme<AuthenticationSchemeOptions, DevelopmentTokenHandler>(SecuritySchemes.DevelopmentToken, null)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(SecuritySchemes.ApiKey, null)
            .AddCookie(SecuritySchemes.DevelopmentCookie, ConfigureDevelopmentCookie);
        services.AddAuthorizationBuilder().AddStaffPolicies().AddApiCallerPolicies();
        services.AddPlatformRateLimiting();
        return builder;
    }

    /// <summary>Call before any other middleware: errors, correlation and identity wrap everything after.</summary>
    public static WebApplication UseSecurity(this WebApplication app)
    {
        // Resolve now so a forbidden combination (development sign-in in hosted mode, short API
        // keys, bad role map) stops start-up instead of failing the first request.
        var identity = app.Services.GetRequiredService<StaffIdentityOptions>();
        app.Services.GetRequiredService<ApiKeyRegistry>();
        app.Services.GetRequiredService<EntraRoleMap>();
        app.Services.GetRequiredService<PublicIntakeLimits>();
        if (identity.Warning is not null) app.Logger.LogCritical("{SecurityWarning}", identity.Warning);
        if (identity.DevelopmentSignIn) app.Logger.LogWarning("Development sign-in is on: anyone reaching this app can act as any seeded staff member");

        app.UseHttpPlatform();
        app.UseMiddleware<ForgedPrincipalGuard>();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    public static RouteGroupBuilder MapSecurity(this RouteGroupBuilder api)
    {
        api.MapMe();
        var identity = ((IEndpointRouteBuilder)api).ServiceProvider.GetRequiredService<StaffIdentityOptions>();
        if (identity.DevelopmentSignIn) api.MapDevelopmentSignIn();
        return api;
    }

    private static string SelectStaffScheme(HttpContext context)
    {
        var identity = context.RequestServices.GetRequiredService<StaffIdentityOptions>();
        if (!identity.DevelopmentSignIn) return SecuritySchemes.AppService;
        var bearer = context.Request.Headers.Authorization.FirstOrDefault()?.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) == true;
        return bearer ? SecuritySchemes.DevelopmentToken : SecuritySchemes.DevelopmentCookie;
    }

    private static void ConfigureDevelopmentCookie(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = "csf-dev-staff";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.ExpireTimeSpan = DevelopmentTokens.Lifetime;
        options.SlidingExpiration = true;
        // An API answers 401/403 (problem+json via status-code pages), it doesn't redirect.
        options.Events.OnRedirectToLogin = context => SetStatus(context.Response, StatusCodes.Status401Unauthorized);
        options.Events.OnRedirectToAccessDenied = context => SetStatus(context.Response, StatusCodes.Status403Forbidden);
        // Defence in depth: a cookie is worthless unless development sign-in is on right now.
        options.Events.OnValidatePrincipal = context =>
        {
            if (!context.HttpContext.RequestServices.GetRequiredService<StaffIdentityOptions>().DevelopmentSignIn) context.RejectPrincipal();
            return Task.CompletedTask;
        };
    }

    private static Task SetStatus(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }
}
