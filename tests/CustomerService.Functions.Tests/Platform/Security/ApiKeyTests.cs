using System.Net;
using CustomerService.Functions.Platform.Security.ApiKeys;
using static CustomerService.Functions.Tests.Platform.Security.SecurityTestHost;

namespace CustomerService.Functions.Tests.Platform.Security;

public sealed class ApiKeyTests
{
    private const string ChatBotKey = "chat-bot-key-0123456789abcdefghijklmnop";
    private const string IvrKey = "ivr-key-0123456789abcdefghijklmnopqrstuv";

    private static Dictionary<string, string?> Keys() => new()
    {
        ["Security:ApiKeys:chat-bot"] = ChatBotKey,
        ["Security:ApiKeys:ivr"] = IvrKey,
    };

    [Fact]
    public async Task Configured_key_in_header_or_code_query_identifies_the_caller()
    {
        await using var app = await SecurityTestHost.StartAsync(Keys());

        var byHeader = Get("/api/test/s2s");
        byHeader.Headers.Add("x-functions-key", ChatBotKey);
        var response = await app.Client.SendAsync(byHeader);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("chat-bot", await response.Content.ReadAsStringAsync());

        Assert.Equal("ivr", await app.Client.GetStringAsync("/api/test/s2s?code=" + Uri.EscapeDataString(IvrKey)));
    }

    [Fact]
    public async Task Wrong_missing_or_staff_credentials_are_rejected_with_401_problem()
    {
        await using var app = await SecurityTestHost.StartAsync(Keys());

        var wrong = Get("/api/test/s2s");
        wrong.Headers.Add("x-functions-key", ChatBotKey + "x");
        await ReadProblemAsync(await app.Client.SendAsync(wrong), 401);
        await ReadProblemAsync(await app.Client.GetAsync("/api/test/s2s?code=" + ChatBotKey[..^1]), 401);
        await ReadProblemAsync(await app.Client.GetAsync("/api/test/s2s"), 401);
        await ReadProblemAsync(await app.Client.SendAsync(Get("/api/test/s2s", bearer: ChatBotKey)), 401);
    }

    [Fact]
    public async Task Api_keys_do_not_open_staff_endpoints()
    {
        await using var app = await SecurityTestHost.StartAsync(Keys());

        var request = Get("/api/test/staff");
        request.Headers.Add("x-functions-key", ChatBotKey);
        await ReadProblemAsync(await app.Client.SendAsync(request), 401);
    }

    [Fact]
    public async Task Hosted_mode_trusts_the_functions_host_key_check()
    {
        await using var app = await SecurityTestHost.StartAsync(hosted: true);

        Assert.Equal(ApiKeyAuthenticationHandler.FunctionsHostCaller, await app.Client.GetStringAsync("/api/test/s2s"));
    }

    [Fact]
    public async Task Short_keys_stop_start_up()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            SecurityTestHost.StartAsync(new Dictionary<string, string?> { ["Security:ApiKeys:billing"] = "short" }));

        Assert.Contains("billing", error.Message);
    }

    [Fact]
    public void Registry_matches_only_exact_keys()
    {
        var registry = new ApiKeyRegistry([KeyValuePair.Create("chat-bot", (string?)ChatBotKey), KeyValuePair.Create("ivr", (string?)IvrKey), KeyValuePair.Create("unused", (string?)"")]);

        Assert.Equal(2, registry.Count);
        Assert.Equal("chat-bot", registry.FindCaller(ChatBotKey));
        Assert.Equal("ivr", registry.FindCaller(IvrKey));
        Assert.Null(registry.FindCaller(ChatBotKey.ToUpperInvariant()));
        Assert.Null(registry.FindCaller(""));
    }
}
