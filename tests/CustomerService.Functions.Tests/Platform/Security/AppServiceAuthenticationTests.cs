using System.Net;
using System.Text.Json;
using CustomerService.Functions.Platform.Security;
using static CustomerService.Functions.Tests.Platform.Security.SecurityTestHost;

namespace CustomerService.Functions.Tests.Platform.Security;

public sealed class AppServiceAuthenticationTests
{
    private const string PrincipalHeaderName = "X-MS-CLIENT-PRINCIPAL";

    [Fact]
    public async Task Trusted_principal_header_signs_in_staff_with_mapped_roles()
    {
        await using var app = await SecurityTestHost.StartAsync(AppServiceAuthentication(), hosted: true);

        var me = Get("/api/me");
        me.Headers.Add(PrincipalHeaderName, PrincipalHeader("7f1c0c2e-oid", "Сидорова Анна", "head-of-unit", "Some.Other.Role"));
        var response = await app.Client.SendAsync(me);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("7f1c0c2e-oid", body.GetProperty("id").GetString());
        Assert.Equal("Сидорова Анна", body.GetProperty("displayName").GetString());
        Assert.Equal(["head-of-unit"], body.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));

        var head = Get("/api/test/head");
        head.Headers.Add(PrincipalHeaderName, PrincipalHeader("7f1c0c2e-oid", "Сидорова Анна", "head-of-unit"));
        Assert.Equal(HttpStatusCode.OK, (await app.Client.SendAsync(head)).StatusCode);
    }

    [Fact]
    public async Task Configured_aliases_map_entra_app_roles_and_unknown_roles_grant_nothing()
    {
        var settings = AppServiceAuthentication((SecuritySettings.EntraRoleMap, "CS.HeadOfUnit=head-of-unit; CS.Operator=operator"));
        await using var app = await SecurityTestHost.StartAsync(settings, hosted: true);

        var head = Get("/api/test/head");
        head.Headers.Add(PrincipalHeaderName, PrincipalHeader("oid-1", "Сидорова", "CS.HeadOfUnit"));
        Assert.Equal(HttpStatusCode.OK, (await app.Client.SendAsync(head)).StatusCode);

        var stranger = Get("/api/test/staff");
        stranger.Headers.Add(PrincipalHeaderName, PrincipalHeader("oid-2", "Гость", "Reader"));
        await ReadProblemAsync(await app.Client.SendAsync(stranger), 403);

        var operatorOnly = Get("/api/test/head");
        operatorOnly.Headers.Add(PrincipalHeaderName, PrincipalHeader("oid-3", "Иванова", "CS.Operator"));
        await ReadProblemAsync(await app.Client.SendAsync(operatorOnly), 403);
    }

    [Fact]
    public async Task Without_a_principal_staff_endpoints_answer_401_problem()
    {
        await using var app = await SecurityTestHost.StartAsync(AppServiceAuthentication(), hosted: true);

        await ReadProblemAsync(await app.Client.GetAsync("/api/me"), 401);
        await ReadProblemAsync(await app.Client.GetAsync("/api/test/staff"), 401);
    }

    [Fact]
    public async Task Malformed_principal_header_is_rejected_even_when_trusted()
    {
        await using var app = await SecurityTestHost.StartAsync(AppServiceAuthentication(), hosted: true);

        var request = Get("/api/me");
        request.Headers.Add(PrincipalHeaderName, "not-base64-json!");
        await ReadProblemAsync(await app.Client.SendAsync(request), 401);
    }

    public static TheoryData<string, bool, string?> UntrustedConfigurations => new()
    {
        { "nothing configured, standalone", false, null },
        { "App Service Authentication asked for, but standalone", false, "True" },
        { "App Service Authentication asked for, hosted, but WEBSITE_AUTH_ENABLED missing", true, null },
    };

    [Theory]
    [MemberData(nameof(UntrustedConfigurations))]
    public async Task Forged_principal_header_is_rejected_and_logged_when_not_trusted(string configuration, bool hosted, string? websiteAuthEnabled)
    {
        var settings = configuration.StartsWith("nothing", StringComparison.Ordinal)
            ? new Dictionary<string, string?>()
            : AppServiceAuthentication((CustomerService.Functions.Platform.Security.SecuritySettings.AppServiceAuthEnabled, websiteAuthEnabled));
        var logs = new CapturedLogs();
        await using var app = await SecurityTestHost.StartAsync(settings, hosted, logs);

        foreach (var header in new[] { PrincipalHeaderName, "x-ms-client-principal-name" })
        {
            var request = Get("/api/health");
            request.Headers.Add(header, PrincipalHeader("oid-admin", "Злоумышленник", "administrator"));
            var problem = await ReadProblemAsync(await app.Client.SendAsync(request), 401);
            Assert.Contains("App Service", problem.GetProperty("detail").GetString());
        }

        Assert.Equal(2, logs.Lines.Count(l => l.Contains("forgery attempt", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.OK, (await app.Client.GetAsync("/api/health")).StatusCode);
    }
}
