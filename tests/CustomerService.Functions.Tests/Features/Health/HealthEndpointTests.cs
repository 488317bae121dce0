using System.Net;
using System.Text.Json;
using CustomerService.Functions.Tests.Support;

namespace CustomerService.Functions.Tests.Features.Health;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Health_reports_version_and_standalone_mode()
    {
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?> { ["AzureWebJobsStorage"] = Azurite.ConnectionString });

        var response = await app.Client.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("standalone", body.RootElement.GetProperty("mode").GetString());
        Assert.Matches(@"^\d+\.\d+\.\d+$", body.RootElement.GetProperty("version").GetString());
        Assert.Equal("ok", body.RootElement.GetProperty("status").GetString());
        foreach (var service in new[] { "blobs", "queues", "tables" })
        {
            Assert.Equal("ok", body.RootElement.GetProperty("storage").GetProperty(service).GetString());
        }
    }

    [Fact]
    public async Task Health_says_which_storage_service_is_unreachable()
    {
        // Port 1 is privileged and never bound by the tests: connections are refused, deterministically.
        const int closed = 1;
        var settings = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = $"AccountName=devstoreaccount1;AccountKey={Azurite.AccountKey};BlobEndpoint=http://127.0.0.1:{closed}/devstoreaccount1;" +
                Azurite.ConnectionString.Split(';').First(p => p.StartsWith("QueueEndpoint")) + ";" +
                Azurite.ConnectionString.Split(';').First(p => p.StartsWith("TableEndpoint")),
        };
        await using var app = await TestApp.StartAsync(settings);

        using var body = JsonDocument.Parse(await app.Client.GetStringAsync("/api/health"));

        Assert.Equal("degraded", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("unreachable", body.RootElement.GetProperty("storage").GetProperty("blobs").GetString());
        Assert.Equal("ok", body.RootElement.GetProperty("storage").GetProperty("queues").GetString());
    }
}
