using CustomerService.Functions.Platform.Hosting.Catalogue;
using CustomerService.Functions.Platform.Hosting.Hosted;
using CustomerService.Functions.Platform.Hosting.Invocation;
using CustomerService.Functions.Platform.Hosting.PlatformFunctions;
using CustomerService.Functions.Platform.Hosting.Standalone;

namespace CustomerService.Functions.Platform.Hosting;

/// <summary>
/// Functions hosting: the catalogue, the platform's own functions, and the dispatcher of the
/// run mode — the hosted invocation endpoint, or the standalone trigger runner.
/// </summary>
public static class FunctionHosting
{
    /// <summary>host.json next to the handler binary (copied there at build), as in the deployed app.</summary>
    public static string HostJsonPath => Path.Combine(AppContext.BaseDirectory, "host.json");

    public static WebApplicationBuilder AddFunctionHosting(this WebApplicationBuilder builder, RunMode mode)
    {
        var services = builder.Services;
        services.AddSingleton<FunctionCatalogue>();
        services.AddSingleton<FunctionInvoker>();
        services.AddQueueFunction<PingFunction>(PingFunction.FunctionName, PingFunction.QueueName);
        services.AddTimerFunction<PoisonMessageMonitor>(PoisonMessageMonitor.FunctionName, PoisonMessageMonitor.Schedule);
        if (mode == RunMode.Standalone)
        {
            services.AddOptions<QueueTriggerOptions>().Configure<IConfiguration>((options, configuration) => options.Apply(HostJsonPath, configuration));
            services.AddHostedService<StandaloneTriggerRunner>();
        }
        return builder;
    }

    public static WebApplication MapFunctionHosting(this WebApplication app, RunMode mode)
    {
        if (mode == RunMode.Hosted) app.MapHostedInvocations();
        return app;
    }
}
