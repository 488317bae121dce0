using CustomerService.Functions.Platform.Http;
using CustomerService.Functions.Tests.Platform.Security;

namespace CustomerService.Functions.Tests.Platform.Http;

public sealed class CorrelationTests
{
    [Fact]
    public async Task Every_response_carries_a_correlation_id()
    {
        await using var app = await SecurityTestHost.StartAsync();

        var first = await app.Client.GetAsync("/api/health");
        var second = await app.Client.GetAsync("/api/health");

        var a = first.Headers.GetValues(CorrelationId.HeaderName).Single();
        var b = second.Headers.GetValues(CorrelationId.HeaderName).Single();
        Assert.Matches("^[0-9a-f]{32}$", a);
        Assert.NotEqual(a, b);
    }

    [Theory]
    [InlineData("order-42.retry:1", null, "order-42.retry:1")]
    [InlineData("bad value <script>", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", "4bf92f3577b34da6a3ce929d0e0e4736")]
    [InlineData(null, "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", "4bf92f3577b34da6a3ce929d0e0e4736")]
    public async Task Safe_incoming_ids_and_traceparent_are_honoured(string? incoming, string? traceParent, string expected)
    {
        await using var app = await SecurityTestHost.StartAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/no-such-thing");
        if (incoming is not null) request.Headers.TryAddWithoutValidation(CorrelationId.HeaderName, incoming);
        if (traceParent is not null) request.Headers.Add(CorrelationId.TraceParentHeaderName, traceParent);

        var response = await app.Client.SendAsync(request);

        Assert.Equal(expected, response.Headers.GetValues(CorrelationId.HeaderName).Single());
        await SecurityTestHost.ReadProblemAsync(response, 404);
    }

    [Theory]
    [InlineData("ok-id", null, "ok-id")]
    [InlineData(null, "00-00000000000000000000000000000000-00f067aa0ba902b7-01", null)]
    [InlineData(null, "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01", null)]
    [InlineData(null, "garbage", null)]
    public void Chooses_safely(string? incoming, string? traceParent, string? expected)
    {
        var chosen = CorrelationId.Choose(incoming, traceParent);

        if (expected is null) Assert.Matches("^[0-9a-f]{32}$", chosen);
        else Assert.Equal(expected, chosen);
    }

    [Fact]
    public void Rejects_long_or_unsafe_ids()
    {
        Assert.False(CorrelationId.IsSafe(new string('a', 65)));
        Assert.False(CorrelationId.IsSafe("a b"));
        Assert.False(CorrelationId.IsSafe("ivanova@example.ru"));
        Assert.True(CorrelationId.IsSafe(Guid.NewGuid().ToString()));
    }
}
