using CustomerService.Functions.Platform.Hosting.Catalogue;

namespace CustomerService.Functions.Platform.Security;

/// <summary><c>GET /api/me</c>: the signed-in staff member and roles, whatever the identity source.</summary>
internal static class MeEndpoint
{
    public static void MapMe(this RouteGroupBuilder api) =>
        api.MapGet("/me", (HttpContext context) => context.GetStaffUser() is { } user
                ? Results.Ok(new MeView(user.Id, user.DisplayName, user.Roles))
                : Results.Unauthorized())
            .RequireAuthorization()
            // Anonymous at the host: staff identity comes from App Service Authentication, not a function key.
            .AsFunction("Me", FunctionAuthLevel.Anonymous);
}

internal sealed record MeView(string Id, string DisplayName, IReadOnlyList<string> Roles);
