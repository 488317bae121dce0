using CustomerService.Functions.Platform.Hosting;

namespace CustomerService.Functions.Features.Health;

public static class HealthEndpoint
{
    public static RouteGroupBuilder MapHealth(this RouteGroupBuilder api)
    {
        api.MapGet("/health", (AppRuntime runtime) =>
            TypedResults.Ok(new HealthReport(runtime.Version, runtime.Mode.ToString().ToLowerInvariant())));
        return api;
    }
}

public sealed record HealthReport(string Version, string Mode);
