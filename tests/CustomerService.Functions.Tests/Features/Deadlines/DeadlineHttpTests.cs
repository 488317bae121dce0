using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Tests.Features.Appeals;
using CustomerService.Functions.Tests.Support;

namespace CustomerService.Functions.Tests.Features.Deadlines;

public sealed class DeadlineHttpTests(DeadlineHttpTests.Fixture fixture) : IClassFixture<DeadlineHttpTests.Fixture>
{
    public sealed class Fixture : IAsyncLifetime
    {
        public TestApp App { get; private set; } = null!;
        public string Staff { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            App = await AppealsHost.StartAsync(OrganizationIds.Astanaenergosbyt);
            Staff = await AppealsHost.SignInAsync(App, "executor");
        }

        public Task DisposeAsync() => App.DisposeAsync().AsTask();
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null, bool staff = true)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (staff) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", fixture.Staff);
        // The fixture's client holds the sign-in cookie: an anonymous call needs a client of its own.
        using var anonymous = new HttpClient { BaseAddress = fixture.App.Address };
        return await (staff ? fixture.App.Client : anonymous).SendAsync(request);
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task Policies_are_for_staff_and_list_every_rule_with_its_id()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(HttpMethod.Get, "/api/deadlines/policies", staff: false)).StatusCode);
        var body = await JsonAsync(await SendAsync(HttpMethod.Get, "/api/deadlines/policies"));
        var policies = body.GetProperty("policies").EnumerateArray().ToList();
        Assert.Equal(4, policies.Count);
        var astana = policies.Single(p => p.GetProperty("organizationId").GetString() == OrganizationIds.Astanaenergosbyt);
        var rule = astana.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "D-004-11");
        Assert.Equal("working", rule.GetProperty("limit").GetProperty("dayType").GetString());
        Assert.Equal("registered", rule.GetProperty("limit").GetProperty("clockStart").GetString());
        Assert.Equal(3, rule.GetProperty("extension").GetProperty("noticeWithinDays").GetInt32());
    }

    [Fact]
    public async Task Calendar_year_lists_its_days_and_source_and_an_unshipped_year_is_a_404_problem()
    {
        var response = await SendAsync(HttpMethod.Get, "/api/deadlines/calendars/tatenergosbyt/2025", staff: false);
        var body = await JsonAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(247, body.GetProperty("workingDays").GetInt32());
        Assert.Contains("№ 1335", body.GetProperty("source").GetString());
        Assert.Contains(body.GetProperty("days").EnumerateArray(), d => d.GetProperty("date").GetString() == "2025-11-01" && d.GetProperty("kind").GetString() == "shortened");

        var missing = await SendAsync(HttpMethod.Get, "/api/deadlines/calendars/astanaenergosbyt/2026", staff: false);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        Assert.Contains("2026 год не загружен", (await JsonAsync(missing)).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(HttpMethod.Get, "/api/deadlines/calendars/gazprom/2025", staff: false)).StatusCode);
    }

    [Fact]
    public async Task Explain_returns_the_plan_with_its_Russian_explanation()
    {
        var response = await SendAsync(HttpMethod.Post, "/api/deadlines/explain", new
        {
            kind = "claim", channel = "post", receivedAt = "2025-03-19T10:00:00+05:00",
            extensions = new[] { new { days = 30, reason = "additional-study", grantedAt = "2025-04-10T16:00:00+05:00", grantedBy = "Иванова" } },
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var plan = await JsonAsync(response);
        Assert.Equal("D-004-11", plan.GetProperty("ruleId").GetString());
        Assert.Equal("2025-05-14T23:59:59+05:00", plan.GetProperty("due").GetString());
        Assert.Equal("2025-04-13T23:59:59+05:00", plan.GetProperty("extensionNoticeDueBy").GetString());
        Assert.Contains(plan.GetProperty("milestones").EnumerateArray(), m => m.GetProperty("action").GetString() == "markBreached");
        var explanation = plan.GetProperty("explanation");
        Assert.Contains("2025-03-21", explanation.GetProperty("nonWorkingDaysSkipped").EnumerateArray().Select(d => d.GetString()));
        Assert.Contains("Продление на 30 календарных дней", explanation.GetProperty("extensionsApplied")[0].GetString());
    }

    [Fact]
    public async Task Explain_answers_bad_input_with_field_level_problems()
    {
        var response = await SendAsync(HttpMethod.Post, "/api/deadlines/explain", new { kind = "gripe", channel = "post", extensions = new[] { new { days = 0 } } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await JsonAsync(response)).GetProperty("errors");
        Assert.Equal(["extensions[0].days", "extensions[0].grantedAt", "extensions[0].reason", "kind", "receivedAt"], errors.EnumerateObject().Select(e => e.Name).Order());

        var unknownVersion = await SendAsync(HttpMethod.Post, "/api/deadlines/explain", new { kind = "claim", channel = "post", receivedAt = "2025-03-19T10:00:00+05:00", policyVersion = "1999.1" });
        Assert.Equal(HttpStatusCode.BadRequest, unknownVersion.StatusCode);
        Assert.Contains("1999.1", (await JsonAsync(unknownVersion)).GetProperty("errors").GetProperty("policyVersion")[0].GetString());

        var unknownOrganization = await SendAsync(HttpMethod.Post, "/api/deadlines/explain", new { organizationId = "gazprom", kind = "claim", channel = "post", receivedAt = "2025-03-19T10:00:00+05:00" });
        Assert.Equal(HttpStatusCode.BadRequest, unknownOrganization.StatusCode);
        Assert.Contains("gazprom", (await JsonAsync(unknownOrganization)).GetProperty("errors").GetProperty("organizationId")[0].GetString());
    }
}
