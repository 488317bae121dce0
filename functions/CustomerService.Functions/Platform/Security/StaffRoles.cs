namespace CustomerService.Functions.Platform.Security;

/// <summary>
/// Staff roles, by stable names used in claims, Entra app role values and policies.
/// </summary>
public static class StaffRoles
{
    /// <summary>Registers appeals and readings taken by phone, mail or in person.</summary>
    public const string Operator = "operator";

    /// <summary>Prepares answers to the appeals assigned to them.</summary>
    public const string Executor = "executor";

    /// <summary>Assigns and extends appeals of the unit; receives escalations.</summary>
    public const string HeadOfUnit = "head-of-unit";

    /// <summary>Configures policies, calendars, templates, campaigns and users.</summary>
    public const string Administrator = "administrator";

    /// <summary>Audits access and personal-data handling.</summary>
    public const string SecurityOfficer = "security-officer";

    public static IReadOnlyList<string> All { get; } = [Operator, Executor, HeadOfUnit, Administrator, SecurityOfficer];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}
