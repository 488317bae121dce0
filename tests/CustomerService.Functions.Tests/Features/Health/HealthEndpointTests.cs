using System.Net;
using System.Text.Json;
using CustomerService.Functions.Tests.Support;

namespace CustomerService.Functions.Tests.Features.Health;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Health_reports_version_and_standalone_mode()
    {
        await using var app = await TestApp.StartAsync();

        var response = await app.Client.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("standalone", body.RootElement.GetProperty("mode").GetString());
        Assert.Matches(@"^\d+\.\d+\.\d+$", body.RootElement.GetProperty("version").GetString());
    }
}
