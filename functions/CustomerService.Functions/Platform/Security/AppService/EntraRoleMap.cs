namespace CustomerService.Functions.Platform.Security.AppService;

/// <summary>
/// Maps Entra ID app role values to our <see cref="StaffRoles"/>. Without configuration an app
/// role whose value is one of our role names maps to itself; the setting
/// <c>EntraValue=our-role;…</c> adds aliases (e.g. an existing app registration's
/// <c>CS.Operator</c>). Roles that map to nothing are dropped, never passed through.
/// </summary>
public sealed class EntraRoleMap
{
    private readonly Dictionary<string, string> _map = new(StringComparer.OrdinalIgnoreCase);

    public EntraRoleMap(string? configured)
    {
        foreach (var role in StaffRoles.All) _map[role] = role;
        foreach (var pair in (configured ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || !StaffRoles.IsKnown(parts[1]))
                throw new InvalidOperationException($"{SecuritySettings.EntraRoleMap}: '{pair}' is not 'EntraValue=our-role' with one of: {string.Join(", ", StaffRoles.All)}.");
            _map[parts[0]] = parts[1];
        }
    }

    public IReadOnlyList<string> Map(IEnumerable<string> entraRoles) =>
        entraRoles.Select(r => _map.GetValueOrDefault(r)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
}
