using System.Text;
using CustomerService.Functions.Platform.Security.AppService;
using static CustomerService.Functions.Tests.Platform.Security.SecurityTestHost;

namespace CustomerService.Functions.Tests.Platform.Security;

public sealed class ClientPrincipalHeaderTests
{
    private static readonly EntraRoleMap Roles = new(null);

    [Fact]
    public void Reads_object_id_name_and_roles()
    {
        var user = ClientPrincipalHeader.TryParse(PrincipalHeader("oid-42", "Иванова Мария", "operator", "executor", "operator"), Roles);

        Assert.NotNull(user);
        Assert.Equal("oid-42", user.Id);
        Assert.Equal("Иванова Мария", user.DisplayName);
        Assert.Equal(["operator", "executor"], user.Roles);
    }

    [Fact]
    public void Reads_roles_under_the_declared_role_type_and_falls_back_to_the_name_type()
    {
        var json = """
            {"auth_typ":"aad","name_typ":"preferred_username","role_typ":"custom-role",
             "claims":[{"typ":"oid","val":"oid-7"},{"typ":"preferred_username","val":"p.petrov"},{"typ":"custom-role","val":"administrator"}]}
            """;

        var user = ClientPrincipalHeader.TryParse(Convert.ToBase64String(Encoding.UTF8.GetBytes(json)), Roles);

        Assert.NotNull(user);
        Assert.Equal("p.petrov", user.DisplayName);
        Assert.Equal(["administrator"], user.Roles);
    }

    [Theory]
    [InlineData("")]
    [InlineData("%%%")]
    [InlineData("eyJub3QiOiJjbG9zZWQ")] // base64 of truncated JSON
    [InlineData("eyJjbGFpbXMiOltdfQ==")] // {"claims":[]} — no object id
    public void Rejects_malformed_or_anonymous_principals(string value) =>
        Assert.Null(ClientPrincipalHeader.TryParse(value, Roles));

    [Fact]
    public void Role_map_rejects_aliases_to_unknown_roles() =>
        Assert.Throws<InvalidOperationException>(() => new EntraRoleMap("CS.Root=root"));
}
