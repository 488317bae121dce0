using Microsoft.AspNetCore.Authorization;

namespace CustomerService.Functions.Platform.Security;

/// <summary>
/// Authorization policies for staff endpoints: <c>.RequireAuthorization(StaffPolicies.HeadOfUnit)</c>.
/// Each role policy admits exactly that role; combine roles in a feature by declaring the
/// policy it needs here rather than checking roles inside handlers.
/// </summary>
public static class StaffPolicies
{
    /// <summary>Any signed-in staff member holding at least one of our roles.</summary>
    public const string Staff = "staff";
    public const string Operator = "staff:" + StaffRoles.Operator;
    public const string Executor = "staff:" + StaffRoles.Executor;
    public const string HeadOfUnit = "staff:" + StaffRoles.HeadOfUnit;
    public const string Administrator = "staff:" + StaffRoles.Administrator;
    public const string SecurityOfficer = "staff:" + StaffRoles.SecurityOfficer;

    internal static AuthorizationBuilder AddStaffPolicies(this AuthorizationBuilder authorization)
    {
        authorization.AddPolicy(Staff, policy => StaffOnly(policy).RequireRole(StaffRoles.All));
        foreach (var role in StaffRoles.All) authorization.AddPolicy("staff:" + role, policy => StaffOnly(policy).RequireRole(role));
        return authorization;
    }

    private static AuthorizationPolicyBuilder StaffOnly(AuthorizationPolicyBuilder policy) =>
        policy.AddAuthenticationSchemes(SecuritySchemes.Staff).RequireAuthenticatedUser();
}
