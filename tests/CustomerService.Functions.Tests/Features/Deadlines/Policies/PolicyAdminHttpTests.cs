using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Tests.Features.Appeals;
using CustomerService.Functions.Tests.Features.Appeals.Organizations;
using CustomerService.Functions.Tests.Support;
using static CustomerService.Functions.Tests.Features.Appeals.AppealsHost;
using static CustomerService.Functions.Tests.Support.AdminHttp;

namespace CustomerService.Functions.Tests.Features.Deadlines.Policies;

/// <summary>
/// Administrators add a deadline-policy version (a shipped one with a changed rule, a new version,
/// effective from today): appeals registered from then on are planned under it, earlier versions stay;
/// versions are never overwritten, and only a version not yet in effect can be withdrawn.
/// </summary>
[Collection(AppealsCollection.Name)]
public sealed class PolicyAdminHttpTests
{
    private const string Astana = OrganizationIds.Astanaenergosbyt;
    private const string Path = "/api/admin/deadline-policies/" + Astana;

    private static readonly DateOnly Today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, OrganizationProfiles.Find(Astana)!.TimeZone).DateTime);

    private static Task<TestApp> StartAsync() => AppealsHost.StartAsync(Astana, configure: OrganizationAdminHttpTests.OwnDocuments);

    private static string NewVersion() => "9." + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task An_added_version_plans_the_appeals_registered_from_its_first_day_and_the_shipped_one_stays()
    {
        await using var app = await StartAsync();
        var admin = await SignInAsync(app, "administrator");
        var shipped = await CurrentAsync(app, admin);
        var shippedVersion = shipped["version"]!.GetValue<string>();
        var policy = WithLimit(shipped, "D-004-11", 20, NewVersion(), Today);

        var added = await SendAsync(app, HttpMethod.Post, Path, admin, policy);

        Assert.True(added.Status == HttpStatusCode.Created, added.Body.ToJsonString());
        Assert.Equal("added", added.Body["origin"]!.GetValue<string>());
        var plan = await ExplainAsync(app, admin, policyVersion: null);
        Assert.Equal(policy["version"]!.GetValue<string>(), plan["policyVersion"]!.GetValue<string>());
        Assert.Equal(20, plan["explanation"]!["daysCounted"]!.GetValue<int>());
        var old = await ExplainAsync(app, admin, shippedVersion);
        Assert.Equal(15, old["explanation"]!["daysCounted"]!.GetValue<int>());
        var list = await SendAsync(app, HttpMethod.Get, Path, admin);
        Assert.Contains(list.Body["versions"]!.AsArray(), v => v!["version"]!.GetValue<string>() == policy["version"]!.GetValue<string>() && v["current"]!.GetValue<bool>());
        Assert.Contains(list.Body["versions"]!.AsArray(), v => v!["version"]!.GetValue<string>() == shippedVersion && !v["current"]!.GetValue<bool>());
        // Versions are immutable, and one in effect cannot be withdrawn.
        Assert.Equal(HttpStatusCode.Conflict, (await SendAsync(app, HttpMethod.Post, Path, admin, policy)).Status);
        Assert.Equal(HttpStatusCode.Conflict, (await SendAsync(app, HttpMethod.Post, Path, admin, WithLimit(shipped, "D-004-11", 20, shippedVersion, Today))).Status);
        Assert.Equal(HttpStatusCode.Conflict, (await SendAsync(app, HttpMethod.Delete, $"{Path}/{policy["version"]!.GetValue<string>()}", admin)).Status);
    }

    [Fact]
    public async Task A_version_not_yet_in_effect_can_be_withdrawn_and_then_plans_nothing()
    {
        await using var app = await StartAsync();
        var admin = await SignInAsync(app, "administrator");
        var version = NewVersion();
        var policy = WithLimit(await CurrentAsync(app, admin), "D-004-11", 25, version, Today.AddDays(30));
        var added = await SendAsync(app, HttpMethod.Post, Path, admin, policy);
        Assert.True(added.Status == HttpStatusCode.Created, added.Body.ToJsonString());
        Assert.Equal(25, (await ExplainAsync(app, admin, version))["explanation"]!["daysCounted"]!.GetValue<int>());

        var withdrawn = await SendAsync(app, HttpMethod.Delete, $"{Path}/{version}", admin);

        Assert.Equal(HttpStatusCode.OK, withdrawn.Status);
        Assert.True(withdrawn.Body["withdrawn"]!.GetValue<bool>());
        var unknown = await SendAsync(app, HttpMethod.Post, "/api/deadlines/explain", admin, Explain(version));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(app, HttpMethod.Delete, $"{Path}/{version}", admin)).Status);
    }

    [Fact]
    public async Task A_bad_version_is_refused_field_by_field_and_adds_nothing()
    {
        await using var app = await StartAsync();
        var admin = await SignInAsync(app, "administrator");
        var shipped = await CurrentAsync(app, admin);
        var policy = WithLimit(shipped, "D-004-11", -1, "версия 1", Today.AddDays(-1));
        var rules = policy["rules"]!.AsArray();
        rules[0]!["escalation"] = new JsonArray(new JsonObject { ["role"] = "janitor", ["daysFromDue"] = 0 });
        rules[0]!["limit"]!["dayType"] = "unspecified";
        foreach (var rule in rules) rule!["match"] = new JsonObject { ["kinds"] = new JsonArray("claim") };

        var response = await SendAsync(app, HttpMethod.Post, Path, admin, policy);

        Assert.True(response.Status == HttpStatusCode.BadRequest, response.Body.ToJsonString());
        var errors = response.Body["errors"]!.AsObject();
        foreach (var field in new[] { "version", "effectiveFrom", "rules", "rules[0].escalation", "rules[0].limit.dayType" }) Assert.True(errors.ContainsKey(field), field + " in " + errors.ToJsonString());
        Assert.Contains(errors, e => e.Key.EndsWith(".limit.value", StringComparison.Ordinal));
        var list = await SendAsync(app, HttpMethod.Get, Path, admin);
        Assert.All(list.Body["versions"]!.AsArray(), v => Assert.Equal("shipped", v!["origin"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(app, HttpMethod.Get, Path, await SignInAsync(app, "head-of-unit"))).Status);
    }

    private static async Task<JsonObject> CurrentAsync(TestApp app, string token)
    {
        var list = await SendAsync(app, HttpMethod.Get, Path, token);
        Assert.Equal(HttpStatusCode.OK, list.Status);
        return list.Body["versions"]!.AsArray().Single(v => v!["current"]!.GetValue<bool>())!["policy"]!.DeepClone().AsObject();
    }

    /// <summary>The policy as a new version with one rule's limit changed.</summary>
    private static JsonObject WithLimit(JsonObject policy, string ruleId, int days, string version, DateOnly effectiveFrom)
    {
        var copy = policy.DeepClone().AsObject();
        copy["version"] = version;
        copy["effectiveFrom"] = effectiveFrom.ToString("yyyy-MM-dd");
        copy["rules"]!.AsArray().Single(r => r!["id"]!.GetValue<string>() == ruleId)!["limit"]!["value"] = days;
        return copy;
    }

    private static object Explain(string? policyVersion) => new { kind = "claim", channel = "post", receivedAt = DateTimeOffset.UtcNow, policyVersion };

    private static async Task<JsonNode> ExplainAsync(TestApp app, string token, string? policyVersion)
    {
        var response = await SendAsync(app, HttpMethod.Post, "/api/deadlines/explain", token, Explain(policyVersion));
        Assert.True(response.Status == HttpStatusCode.OK, response.Body.ToJsonString());
        return response.Body;
    }
}
