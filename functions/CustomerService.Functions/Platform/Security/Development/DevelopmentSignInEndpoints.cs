using CustomerService.Functions.Platform.Http;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CustomerService.Functions.Platform.Security.Development;

/// <summary>
/// <c>GET /api/dev/users</c>, <c>POST /api/dev/sign-in {"user"}</c> (cookie + bearer token),
/// <c>POST /api/dev/sign-out</c>. Mapped only when development sign-in is on.
/// </summary>
internal static class DevelopmentSignInEndpoints
{
    public static void MapDevelopmentSignIn(this RouteGroupBuilder api)
    {
        var dev = api.MapGroup("/dev").AllowAnonymous();
        dev.MapGet("/users", () => TypedResults.Ok(DevelopmentUsers.All.Select(u => new DevelopmentUserView(u.User, u.DisplayName, u.Roles))));
        dev.MapPost("/sign-in", SignInAsync);
        dev.MapPost("/sign-out", async (HttpContext context) =>
        {
            await context.SignOutAsync(SecuritySchemes.DevelopmentCookie);
            return TypedResults.NoContent();
        });
    }

    private static async Task<Results<Ok<DevelopmentSignInResult>, ValidationProblem>> SignInAsync(DevelopmentSignInRequest request, HttpContext context, DevelopmentTokens tokens)
    {
        var user = DevelopmentUsers.Find(request.User);
        if (user is null)
        {
            return new ValidationProblemBuilder()
                .Add("user", $"Неизвестный пользователь. Доступны: {string.Join(", ", DevelopmentUsers.All.Select(u => u.User))}.")
                .ToResult();
        }
        await context.SignInAsync(SecuritySchemes.DevelopmentCookie, user.ToStaffUser().ToPrincipal("development"));
        var (token, expiresAt) = tokens.Issue(user);
        return TypedResults.Ok(new DevelopmentSignInResult(user.User, user.DisplayName, user.Roles, "Bearer", token, expiresAt));
    }
}

internal sealed record DevelopmentSignInRequest(string? User);

internal sealed record DevelopmentUserView(string User, string DisplayName, IReadOnlyList<string> Roles);

internal sealed record DevelopmentSignInResult(string User, string DisplayName, IReadOnlyList<string> Roles, string TokenType, string AccessToken, DateTimeOffset ExpiresAt);
