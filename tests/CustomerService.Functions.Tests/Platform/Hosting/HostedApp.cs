using CustomerService.Functions.Platform.Hosting;
using CustomerService.Functions.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CustomerService.Functions.Tests.Platform.Hosting;

/// <summary>
/// The real handler started as the Functions host starts it (FUNCTIONS_CUSTOMHANDLER_PORT set,
/// so hosted mode), called over real HTTP the way the host calls it.
/// </summary>
public sealed class HostedApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private HostedApp(WebApplication app, Uri address)
    {
        _app = app;
        Client = new HttpClient { BaseAddress = address };
    }

    public HttpClient Client { get; }

    public static async Task<HostedApp> StartAsync(Action<WebApplicationBuilder>? configure = null)
    {
        var app = FunctionApp.Build([$"--{RunModeDetector.CustomHandlerPortVariable}={Azurite.FreePort()}"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["AzureWebJobsStorage"] = Azurite.ConnectionString });
            configure?.Invoke(builder);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new HostedApp(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
