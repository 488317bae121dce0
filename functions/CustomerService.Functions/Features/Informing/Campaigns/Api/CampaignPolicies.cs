using CustomerService.Functions.Platform.Security;
using Microsoft.AspNetCore.Authorization;

namespace CustomerService.Functions.Features.Informing.Campaigns.Api;

/// <summary>
/// Who may do what with campaigns: operators prepare and run them, the head of unit or an
/// administrator approves the list and the text (AI-13), any staff member watches progress.
/// </summary>
public static class CampaignPolicies
{
    public static AuthorizationPolicy Manage { get; } = Roles(StaffRoles.Operator, StaffRoles.HeadOfUnit, StaffRoles.Administrator);

    public static AuthorizationPolicy Approve { get; } = Roles(StaffRoles.HeadOfUnit, StaffRoles.Administrator);

    private static AuthorizationPolicy Roles(params string[] roles) =>
        new AuthorizationPolicyBuilder(SecuritySchemes.Staff).RequireAuthenticatedUser().RequireRole(roles).Build();
}
