using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CustomerService.Functions.Platform.Security;
using static CustomerService.Functions.Tests.Platform.Security.SecurityTestHost;

namespace CustomerService.Functions.Tests.Platform.Security;

public sealed class DevelopmentSignInTests
{
    [Fact]
    public async Task Lists_one_seeded_user_per_role()
    {
        await using var app = await SecurityTestHost.StartAsync(DevelopmentSignIn());

        var users = JsonDocument.Parse(await app.Client.GetStringAsync("/api/dev/users")).RootElement.EnumerateArray().ToList();

        Assert.Equal(StaffRoles.All.Order(), users.SelectMany(u => u.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!)).Order());
        Assert.Contains(users, u => u.GetProperty("displayName").GetString() == "Оператор Иванова");
    }

    [Fact]
    public async Task Cookie_sign_in_then_me_then_sign_out()
    {
        await using var app = await SecurityTestHost.StartAsync(DevelopmentSignIn());

        var signIn = await app.Client.PostAsJsonAsync("/api/dev/sign-in", new { user = "executor" });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Contains(signIn.Headers.GetValues("Set-Cookie"), c => c.Contains("httponly", StringComparison.OrdinalIgnoreCase) && c.Contains("samesite=strict", StringComparison.OrdinalIgnoreCase));

        var me = JsonDocument.Parse(await app.Client.GetStringAsync("/api/me")).RootElement;
        Assert.Equal("Исполнитель Петров", me.GetProperty("displayName").GetString());
        Assert.Equal(["executor"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));

        Assert.Equal(HttpStatusCode.NoContent, (await app.Client.PostAsync("/api/dev/sign-out", null)).StatusCode);
        await ReadProblemAsync(await app.Client.GetAsync("/api/me"), 401);
    }

    [Fact]
    public async Task Bearer_token_authorizes_by_role()
    {
        await using var app = await SecurityTestHost.StartAsync(DevelopmentSignIn());
        var head = await SignInAsync(app, "head-of-unit");
        var @operator = await SignInAsync(app, "operator");
        using var cookieless = new HttpClient { BaseAddress = app.Address };

        Assert.Equal("Начальник отдела Сидорова", await (await cookieless.SendAsync(Get("/api/test/head", head))).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await cookieless.SendAsync(Get("/api/test/staff", @operator))).StatusCode);
        await ReadProblemAsync(await cookieless.SendAsync(Get("/api/test/head", @operator)), 403);
        await ReadProblemAsync(await cookieless.SendAsync(Get("/api/test/head")), 401);
    }

    [Fact]
    public async Task Tampered_or_made_up_tokens_are_rejected()
    {
        await using var app = await SecurityTestHost.StartAsync(DevelopmentSignIn());
        var token = await SignInAsync(app, "administrator");
        using var cookieless = new HttpClient { BaseAddress = app.Address };
        var tampered = token[..^4] + (token[^4] == 'A' ? 'B' : 'A') + token[^3..];

        await ReadProblemAsync(await cookieless.SendAsync(Get("/api/me", tampered)), 401);
        await ReadProblemAsync(await cookieless.SendAsync(Get("/api/me", "administrator")), 401);
        Assert.Equal(HttpStatusCode.OK, (await cookieless.SendAsync(Get("/api/me", token))).StatusCode);
    }

    [Fact]
    public async Task Unknown_user_is_a_validation_problem()
    {
        await using var app = await SecurityTestHost.StartAsync(DevelopmentSignIn());

        var problem = await ReadProblemAsync(await app.Client.PostAsJsonAsync("/api/dev/sign-in", new { user = "root" }), 400);

        Assert.Contains("operator", problem.GetProperty("errors").GetProperty("user")[0].GetString());
    }

    [Fact]
    public async Task Without_the_setting_there_is_no_development_sign_in()
    {
        await using var app = await SecurityTestHost.StartAsync();

        await ReadProblemAsync(await app.Client.GetAsync("/api/dev/users"), 404);
        await ReadProblemAsync(await app.Client.PostAsJsonAsync("/api/dev/sign-in", new { user = "administrator" }), 404);
        await ReadProblemAsync(await app.Client.GetAsync("/api/me"), 401);
    }

    [Fact]
    public async Task Hosted_mode_refuses_to_start_with_development_sign_in()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => SecurityTestHost.StartAsync(DevelopmentSignIn(), hosted: true));

        Assert.Contains("hosted mode", error.Message);
    }

    [Fact]
    public async Task Hosted_mode_ignores_development_cookies_and_tokens_issued_elsewhere()
    {
        string token;
        await using (var dev = await SecurityTestHost.StartAsync(DevelopmentSignIn())) token = await SignInAsync(dev, "administrator");
        await using var hosted = await SecurityTestHost.StartAsync(AppServiceAuthentication(), hosted: true);

        await ReadProblemAsync(await hosted.Client.SendAsync(Get("/api/me", token)), 401);
    }

    private static async Task<string> SignInAsync(Support.TestApp app, string user)
    {
        var response = await app.Client.PostAsJsonAsync("/api/dev/sign-in", new { user });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Bearer", body.GetProperty("tokenType").GetString());
        return body.GetProperty("accessToken").GetString()!;
    }
}
