using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CustomerService.Functions.Platform.Security.AppService;

/// <summary>
/// Decodes App Service Authentication's <c>X-MS-CLIENT-PRINCIPAL</c> header: base64 of
/// <c>{"auth_typ","claims":[{"typ","val"}],"name_typ","role_typ"}</c>
/// (learn.microsoft.com/azure/app-service/configure-authentication-user-identities).
/// Pure: returns null for anything malformed or without an object id.
/// </summary>
public static class ClientPrincipalHeader
{
    public const string Name = "X-MS-CLIENT-PRINCIPAL";

    /// <summary>All headers App Service Authentication injects start with this.</summary>
    public const string FamilyPrefix = "X-MS-CLIENT-PRINCIPAL";

    private const int MaxLength = 32 * 1024;
    private const string ObjectIdClaim = "http://schemas.microsoft.com/identity/claims/objectidentifier";
    private const string DefaultRoleClaim = "http://schemas.microsoft.com/ws/2008/06/identity/claims/role";

    public static StaffUser? TryParse(string? value, EntraRoleMap roleMap)
    {
        var document = Decode(value);
        if (document?.Claims is not { } claims) return null;
        string? First(params string?[] types) =>
            types.Where(t => t is not null).Select(t => claims.FirstOrDefault(c => c.Typ == t && !string.IsNullOrWhiteSpace(c.Val))?.Val).FirstOrDefault(v => v is not null);

        var id = First(ObjectIdClaim, "oid");
        if (id is null) return null;
        var name = First("name", document.NameTyp, "preferred_username") ?? id;
        var roleType = document.RoleTyp ?? DefaultRoleClaim;
        var entraRoles = claims.Where(c => (c.Typ == roleType || c.Typ == "roles" || c.Typ == DefaultRoleClaim) && c.Val is not null).Select(c => c.Val!);
        return new StaffUser(id, name, roleMap.Map(entraRoles));
    }

    private static ClientPrincipalDocument? Decode(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > MaxLength) return null;
        var bytes = new byte[value.Length];
        if (!Convert.TryFromBase64String(value.Trim(), bytes, out var written)) return null;
        try
        {
            return JsonSerializer.Deserialize<ClientPrincipalDocument>(Encoding.UTF8.GetString(bytes, 0, written));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record ClientPrincipalDocument(
        [property: JsonPropertyName("auth_typ")] string? AuthTyp,
        [property: JsonPropertyName("claims")] List<ClientPrincipalClaim>? Claims,
        [property: JsonPropertyName("name_typ")] string? NameTyp,
        [property: JsonPropertyName("role_typ")] string? RoleTyp);

    private sealed record ClientPrincipalClaim(
        [property: JsonPropertyName("typ")] string? Typ,
        [property: JsonPropertyName("val")] string? Val);
}
