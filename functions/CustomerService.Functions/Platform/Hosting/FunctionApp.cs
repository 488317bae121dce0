using CustomerService.Functions.Features.Appeals;
using CustomerService.Functions.Features.Deadlines;
using CustomerService.Functions.Features.Health;
using CustomerService.Functions.Features.Informing;
using CustomerService.Functions.Features.Informing.Campaigns;
using CustomerService.Functions.Platform.OpenApi;
using CustomerService.Functions.Platform.Security;
using CustomerService.Functions.Platform.Storage;

namespace CustomerService.Functions.Platform.Hosting;

/// <summary>
/// The composition root. Each platform area and feature adds itself through one extension
/// method so this file stays a table of contents.
/// </summary>
public static class FunctionApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // Content root = the executable's folder: the host starts us from the function app root
        // (host.json), run.sh from the repository; appsettings.json sits next to the binary.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        var mode = RunModeDetector.Detect(builder.Configuration);
        builder.Services.AddSingleton(new AppRuntime(mode, typeof(FunctionApp).Assembly.GetName().Version?.ToString(3) ?? "0.0.0"));
        builder.Services.AddSingleton(TimeProvider.System);
        ConfigureListener(builder, mode);
        builder.AddStorage();
        builder.AddSecurity();
        builder.AddFunctionHosting(mode);
        builder.AddHealth();
        builder.AddAppeals();
        builder.AddDeadlinePolicies();
        builder.AddDeadlineEngine();
        builder.AddInforming();
        builder.AddInformingContent();
        builder.AddCampaigns();
        builder.AddApiDocument();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseSecurity();
        var api = app.MapGroup("/api");
        api.MapHealth();
        api.MapSecurity();
        api.MapAppeals();
        api.MapDeadlinePolicies();
        api.MapDeadlineEngine();
        api.MapInforming();
        api.MapInformingContent();
        api.MapCampaigns();
        api.MapApiDocument();
        app.MapFunctionHosting(mode);
        return app;
    }

    private static void ConfigureListener(WebApplicationBuilder builder, RunMode mode)
    {
        if (mode == RunMode.Hosted)
        {
            // The host calls http://127.0.0.1:{port}; never listen on other interfaces in Azure.
            var port = int.Parse(builder.Configuration[RunModeDetector.CustomHandlerPortVariable]!, System.Globalization.CultureInfo.InvariantCulture);
            builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        }
        else if (builder.Configuration[WebHostDefaults.ServerUrlsKey] is null)
        {
            var port = builder.Configuration[RunModeDetector.StandalonePort] ?? "7071";
            builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        }
    }
}

/// <summary>Facts about this process that endpoints report (health, diagnostics).</summary>
public sealed record AppRuntime(RunMode Mode, string Version);
