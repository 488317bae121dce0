using System.Net;
using CustomerService.Functions.Platform.Security;
using static CustomerService.Functions.Tests.Platform.Security.SecurityTestHost;

namespace CustomerService.Functions.Tests.Platform.Security;

public sealed class RateLimitTests
{
    // A window far longer than any test run, so the limit can't replenish mid-test.
    private static Dictionary<string, string?> TwoPerHour() => new()
    {
        [SecuritySettings.PublicIntakePermitLimit] = "2",
        [SecuritySettings.PublicIntakeWindowSeconds] = "3600",
    };

    [Fact]
    public async Task Third_request_in_the_window_gets_429_problem_with_retry_after()
    {
        await using var app = await SecurityTestHost.StartAsync(TwoPerHour());

        Assert.Equal(HttpStatusCode.OK, (await app.Client.PostAsync("/api/test/public", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.Client.PostAsync("/api/test/public", null)).StatusCode);
        var rejected = await app.Client.PostAsync("/api/test/public", null);

        var problem = await ReadProblemAsync(rejected, 429);
        Assert.InRange(rejected.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 3600);
        Assert.Contains("Слишком много запросов", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Health_is_never_throttled()
    {
        await using var app = await SecurityTestHost.StartAsync(TwoPerHour());

        for (var i = 0; i < 5; i++) Assert.Equal(HttpStatusCode.OK, (await app.Client.GetAsync("/api/health")).StatusCode);
    }

    [Fact]
    public async Task Standalone_ignores_x_forwarded_for_so_clients_cannot_dodge_the_limit()
    {
        await using var app = await SecurityTestHost.StartAsync(TwoPerHour());

        var statuses = new List<HttpStatusCode>();
        foreach (var forwarded in new[] { "203.0.113.1", "203.0.113.2", "203.0.113.3" })
            statuses.Add((await app.Client.SendAsync(Public(forwarded))).StatusCode);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Hosted_partitions_by_the_front_end_appended_address()
    {
        await using var app = await SecurityTestHost.StartAsync(TwoPerHour(), hosted: true);

        // The same client spoofing different first entries: the last entry is what Azure added.
        var spoofing = new List<HttpStatusCode>();
        foreach (var spoof in new[] { "10.0.0.1", "10.0.0.2", "10.0.0.3" })
            spoofing.Add((await app.Client.SendAsync(Public($"{spoof}, 198.51.100.7:50123"))).StatusCode);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], spoofing);

        // Another client still has its own allowance.
        Assert.Equal(HttpStatusCode.OK, (await app.Client.SendAsync(Public("198.51.100.8"))).StatusCode);
    }

    private static HttpRequestMessage Public(string forwardedFor)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/test/public");
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return request;
    }
}
