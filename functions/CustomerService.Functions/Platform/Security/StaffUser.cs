using System.Security.Claims;

namespace CustomerService.Functions.Platform.Security;

/// <summary>
/// The signed-in staff member as features see it: a stable id (Entra object id, or the seeded
/// user's name in development), a display name for journals and our roles. Whatever the
/// identity source, the principal carries only these claims, so features don't depend on it.
/// </summary>
public sealed record StaffUser(string Id, string DisplayName, IReadOnlyList<string> Roles)
{
    public ClaimsPrincipal ToPrincipal(string authenticationType)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, Id), new(ClaimTypes.Name, DisplayName) };
        claims.AddRange(Roles.Select(role => new Claim(ClaimTypes.Role, role)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, ClaimTypes.Name, ClaimTypes.Role));
    }

    /// <summary>The staff user of an authenticated staff principal, or null (anonymous, API caller).</summary>
    public static StaffUser? From(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true) return null;
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (id is null || principal.HasClaim(c => c.Type == ApiCallerClaims.Caller)) return null;
        var roles = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).Where(StaffRoles.IsKnown).Distinct().ToList();
        return new StaffUser(id, principal.FindFirstValue(ClaimTypes.Name) ?? id, roles);
    }
}

public static class StaffUserHttpContextExtensions
{
    /// <summary>The staff user of the request; null when none is signed in.</summary>
    public static StaffUser? GetStaffUser(this HttpContext context) => StaffUser.From(context.User);
}
