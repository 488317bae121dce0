using CustomerService.Functions.Platform.Hosting;
using CustomerService.Functions.Platform.Hosting.Catalogue;
using CustomerService.Functions.Platform.Storage;

namespace CustomerService.Functions.Features.Health;

public static class HealthEndpoint
{
    public static WebApplicationBuilder AddHealth(this WebApplicationBuilder builder)
    {
        builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.TypeInfoResolverChain.Insert(0, HealthJsonContext.Default));
        return builder;
    }

    public static RouteGroupBuilder MapHealth(this RouteGroupBuilder api)
    {
        // 200 even when storage is down: the report says what is wrong; the status says the handler runs.
        api.MapGet("/health", async (AppRuntime runtime, StorageProbe probe, CancellationToken cancellationToken) =>
        {
            var storage = await probe.CheckAsync(cancellationToken);
            var status = storage.Values.All(v => v == "ok") ? "ok" : "degraded";
            return TypedResults.Ok(new HealthReport(status, runtime.Version, runtime.Mode.ToString().ToLowerInvariant(), storage));
        }).AsFunction("Health", FunctionAuthLevel.Anonymous);
        return api;
    }
}

public sealed record HealthReport(string Status, string Version, string Mode, IReadOnlyDictionary<string, string> Storage);

/// <summary>Compile-time JSON metadata: the first health answer needs no reflection-based serializer warm-up.</summary>
[System.Text.Json.Serialization.JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web)]
[System.Text.Json.Serialization.JsonSerializable(typeof(HealthReport))]
internal sealed partial class HealthJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
