using System.Net.Http.Headers;
using System.Text;
using CustomerService.Functions.Platform.Http;
using CustomerService.Functions.Tests.Platform.Security;

namespace CustomerService.Functions.Tests.Platform.Http;

public sealed class LogPrivacyTests
{
    private const string Phone = "79165551234";
    private const string Email = "ivanova.m@example.ru";
    private const string ApiKey = "chat-bot-key-0123456789abcdefghijklmnop";

    [Fact]
    public async Task Requests_full_of_personal_data_leave_none_in_the_logs()
    {
        var logs = new CapturedLogs();
        var settings = new Dictionary<string, string?> { ["Security:ApiKeys:chat-bot"] = ApiKey };
        await using var app = await SecurityTestHost.StartAsync(settings, logs: logs);

        await app.Client.SendAsync(Loaded(HttpMethod.Post, $"/api/test/echo?phone={Phone}&email={Email}&code={ApiKey}", $"{{\"phone\":\"{Phone}\",\"email\":\"{Email}\",\"count\":1}}"));
        await app.Client.SendAsync(Loaded(HttpMethod.Post, $"/api/test/echo?email={Email}", $"{{\"phone\":\"{Phone}\",\"count\":\"{Email}\"}}"));
        await app.Client.SendAsync(Loaded(HttpMethod.Get, $"/api/test/throw?phone={Phone}", null));
        await app.Client.SendAsync(Loaded(HttpMethod.Get, $"/api/customers/{Email}/{Phone}", null));
        await app.Client.SendAsync(Loaded(HttpMethod.Get, $"/api/test/s2s?code={ApiKey}x", null));
        await app.Client.SendAsync(Loaded(HttpMethod.Get, $"/api/test/s2s?code={ApiKey}", null));

        var lines = logs.Lines;
        Assert.Contains(lines, l => l.Contains("/api/test/throw", StringComparison.Ordinal) && l.Contains("500", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Unhandled System.FormatException", StringComparison.Ordinal));
        foreach (var secret in new[] { Phone, "5551234", Email, "example.ru", ApiKey, "Bearer", "session=" })
            Assert.DoesNotContain(lines, l => l.Contains(secret, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Every_log_line_of_a_request_carries_its_correlation_id()
    {
        var logs = new CapturedLogs();
        await using var app = await SecurityTestHost.StartAsync(logs: logs);
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/test/throw");
        request.Headers.Add(CorrelationId.HeaderName, "corr-for-log-test");

        var before = logs.Lines.Count;

        await app.Client.SendAsync(request);

        var requestLines = logs.Lines.Skip(before).ToList();
        Assert.Contains(requestLines, l => l.Contains("Unhandled", StringComparison.Ordinal));
        Assert.Contains(requestLines, l => l.Contains("responded 500", StringComparison.Ordinal));
        Assert.All(requestLines, l => Assert.Contains("CorrelationId=corr-for-log-test", l));
    }

    private static HttpRequestMessage Loaded(HttpMethod method, string path, string? json)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", $"{Email}.{Phone}");
        request.Headers.Add("Cookie", $"session={Email}");
        request.Headers.Add("x-functions-key", ApiKey);
        request.Headers.Add("X-Customer-Phone", Phone);
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        return request;
    }
}
