namespace CustomerService.Functions.Platform.Security.Development;

/// <summary>
/// Seeded staff for standalone development sign-in: one per role, addressed by the role name.
/// They exist only when <c>Security:StaffIdentity=DevelopmentSignIn</c>, which hosted mode refuses.
/// </summary>
public static class DevelopmentUsers
{
    public static IReadOnlyList<DevelopmentUser> All { get; } =
    [
        new("operator", "Оператор Иванова", [StaffRoles.Operator]),
        new("executor", "Исполнитель Петров", [StaffRoles.Executor]),
        new("head-of-unit", "Начальник отдела Сидорова", [StaffRoles.HeadOfUnit]),
        new("administrator", "Администратор Смирнов", [StaffRoles.Administrator]),
        new("security-officer", "Специалист по безопасности Кузнецова", [StaffRoles.SecurityOfficer]),
    ];

    public static DevelopmentUser? Find(string? user) => All.FirstOrDefault(u => string.Equals(u.User, user, StringComparison.Ordinal));
}

/// <param name="User">The sign-in name (<c>POST /api/dev/sign-in {"user": "operator"}</c>).</param>
public sealed record DevelopmentUser(string User, string DisplayName, IReadOnlyList<string> Roles)
{
    public StaffUser ToStaffUser() => new("dev-" + User, DisplayName, Roles);
}
