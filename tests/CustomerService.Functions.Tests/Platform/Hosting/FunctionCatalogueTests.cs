using CustomerService.Functions.Platform.Hosting;
using CustomerService.Functions.Platform.Hosting.Catalogue;
using CustomerService.Functions.Platform.Hosting.Invocation;
using CustomerService.Functions.Platform.Security;
using CustomerService.Functions.Tests.Support;

namespace CustomerService.Functions.Tests.Platform.Hosting;

public sealed class FunctionCatalogueTests
{
    private static IReadOnlyList<FunctionDefinition> Catalogue(Action<WebApplication>? map = null, Action<WebApplicationBuilder>? configure = null) =>
        FunctionJsonCommand.ReadCatalogue(args =>
        {
            var app = FunctionApp.Build(args, configure);
            map?.Invoke(app);
            return app;
        });

    [Fact]
    public void Committed_function_json_files_match_the_catalogue()
    {
        var drift = FunctionJson.FindDrift(Path.Combine(RepositoryRoot.Path, "functions"), Catalogue());

        Assert.True(drift.Count == 0,
            "function.json files differ from the function catalogue in code. Run scripts/generate-function-json.sh and commit the result:\n  "
            + string.Join("\n  ", drift));
    }

    [Fact]
    public async Task Every_api_endpoint_is_a_function_so_the_host_forwards_it()
    {
        await using var app = FunctionApp.Build([$"--{RunModeDetector.CustomHandlerPortVariable}=0"]);

        var missing = FunctionCatalogue.UncataloguedApiRoutes(app);

        Assert.True(missing.Count == 0,
            "These /api endpoints have no function, so the Functions host never forwards to them; mark them with .AsFunction(name, authLevel): "
            + string.Join(", ", missing));
    }

    [Fact]
    public void Platform_functions_are_catalogued()
    {
        var functions = Catalogue().ToDictionary(f => f.Name);

        var health = Assert.IsType<HttpFunctionDefinition>(functions["Health"]);
        Assert.Equal("health", health.Route);
        Assert.Equal(["get"], health.Methods);
        Assert.Equal(FunctionAuthLevel.Anonymous, health.AuthLevel);
        var ping = Assert.IsType<QueueFunctionDefinition>(functions["Ping"]);
        Assert.Equal("platform-ping", ping.QueueName);
        Assert.Equal("AzureWebJobsStorage", ping.Connection);
        var monitor = Assert.IsType<TimerFunctionDefinition>(functions["PoisonMessageMonitor"]);
        Assert.Equal("0 */5 * * * *", monitor.Schedule);
        Assert.False(monitor.RunOnStartup);
    }

    [Fact]
    public void Http_function_merges_methods_of_its_endpoints_and_keeps_route_parameters()
    {
        var functions = Catalogue(app =>
        {
            var api = app.MapGroup("/api");
            api.MapGet("/appeals/{id}", () => "x").AsFunction("Appeal", FunctionAuthLevel.Function);
            api.MapPut("/appeals/{id}", () => "x").AsFunction("Appeal", FunctionAuthLevel.Function);
            api.Map("/anything", () => "x").AsFunction("Anything", FunctionAuthLevel.Anonymous);
        }).ToDictionary(f => f.Name);

        var appeal = Assert.IsType<HttpFunctionDefinition>(functions["Appeal"]);
        Assert.Equal("appeals/{id}", appeal.Route);
        Assert.Equal(["get", "put"], appeal.Methods);
        Assert.Contains("\"authLevel\": \"function\"", FunctionJson.Render(appeal));
        var anything = Assert.IsType<HttpFunctionDefinition>(functions["Anything"]);
        Assert.Empty(anything.Methods);
        Assert.DoesNotContain("methods", FunctionJson.Render(anything));
    }

    [Fact]
    public void Function_outside_the_api_prefix_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Catalogue(app => app.MapGet("/elsewhere", () => "x").AsFunction("Elsewhere", FunctionAuthLevel.Anonymous)));
        Assert.Contains("/api", error.Message);
    }

    [Fact]
    public void Server_to_server_endpoint_must_make_the_host_check_a_key()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Catalogue(app => app.MapPost("/api/bot", () => "x")
            .RequireAuthorization(ApiCallerPolicies.ServerToServer).AsFunction("Bot", FunctionAuthLevel.Anonymous)));
        Assert.Contains("'Bot'", error.Message);

        var functions = Catalogue(app => app.MapPost("/api/bot", () => "x")
            .RequireAuthorization(ApiCallerPolicies.ServerToServer).AsFunction("Bot", FunctionAuthLevel.Function));
        Assert.Contains(functions, f => f.Name == "Bot");
    }

    [Fact]
    public void Duplicate_names_across_kinds_are_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Catalogue(
            app => app.MapGroup("/api").MapGet("/ping", () => "x").AsFunction("ping", FunctionAuthLevel.Anonymous)));
        Assert.Contains("ping", error.Message);
    }

    [Theory]
    [InlineData("1abc")]
    [InlineData("has space")]
    [InlineData("a/b")]
    [InlineData("")]
    public void Invalid_function_names_are_refused(string name) =>
        Assert.Throws<ArgumentException>(() => new ServiceCollection().AddQueueFunction<NoopQueue>(name, "valid-queue"));

    [Theory]
    [InlineData("UPPER")]
    [InlineData("ab")]
    [InlineData("double--hyphen")]
    [InlineData("-leading")]
    [InlineData("a-name-that-is-far-too-long-for-a-poison-queue-to-fit-xyz")]
    public void Invalid_queue_names_are_refused(string queue) =>
        Assert.Throws<ArgumentException>(() => new ServiceCollection().AddQueueFunction<NoopQueue>("Fine", queue));

    [Fact]
    public void Timer_with_an_impossible_schedule_is_refused_at_registration() =>
        Assert.Throws<FormatException>(() => new ServiceCollection().AddTimerFunction<NoopTimer>("Never", "0 0 0 30 2 *"));

    [Fact]
    public void Write_creates_updates_and_removes_only_function_folders()
    {
        var dir = Directory.CreateTempSubdirectory("csf-functions-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(dir, "Gone"));
            File.WriteAllText(Path.Combine(dir, "Gone", FunctionJson.FileName), "{}");
            Directory.CreateDirectory(Path.Combine(dir, "handler"));
            File.WriteAllText(Path.Combine(dir, "handler", "CustomerService.Functions"), "binary");
            Directory.CreateDirectory(Path.Combine(dir, "Ping"));
            File.WriteAllText(Path.Combine(dir, "Ping", FunctionJson.FileName), "stale");
            var functions = new FunctionDefinition[]
            {
                new QueueFunctionDefinition("Ping", "platform-ping", "AzureWebJobsStorage", typeof(NoopQueue)),
                new TimerFunctionDefinition("Tick", "0 * * * * *", true, typeof(NoopTimer)),
            };
            Assert.Equal(3, FunctionJson.FindDrift(dir, functions).Count);

            var changes = FunctionJson.Write(dir, functions);

            Assert.Equal(["removed Gone/", "wrote Ping/function.json", "wrote Tick/function.json"], changes.Order());
            Assert.Empty(FunctionJson.FindDrift(dir, functions));
            Assert.True(File.Exists(Path.Combine(dir, "handler", "CustomerService.Functions")));
            Assert.Contains("\"runOnStartup\": true", File.ReadAllText(Path.Combine(dir, "Tick", FunctionJson.FileName)));
            Assert.Empty(FunctionJson.Write(dir, functions)); // idempotent
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private sealed class NoopQueue : IQueueFunction
    {
        public Task RunAsync(QueueInvocation invocation, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private sealed class NoopTimer : ITimerFunction
    {
        public Task RunAsync(TimerInvocation invocation, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
