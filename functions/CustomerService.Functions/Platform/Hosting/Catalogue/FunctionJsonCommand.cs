namespace CustomerService.Functions.Platform.Hosting.Catalogue;

/// <summary>
/// <c>dotnet run --project functions/CustomerService.Functions -- generate-function-json &lt;functionsDir&gt;</c>
/// (or <c>scripts/generate-function-json.sh</c>): rewrites the function folders from the catalogue.
/// </summary>
public static class FunctionJsonCommand
{
    public const string Name = "generate-function-json";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Name;

    public static int Run(string[] args, Func<string[], WebApplication> buildApp)
    {
        if (args.Length != 2)
        {
            Console.Error.WriteLine($"usage: {Name} <functionsDir>   (the folder holding host.json)");
            return 2;
        }
        var directory = Path.GetFullPath(args[1]);
        if (!File.Exists(Path.Combine(directory, "host.json")))
        {
            Console.Error.WriteLine($"error: {directory} has no host.json; pass the functions folder.");
            return 2;
        }
        var functions = ReadCatalogue(buildApp);
        foreach (var change in FunctionJson.Write(directory, functions)) Console.WriteLine(change);
        Console.WriteLine($"{functions.Count} functions in {directory}");
        return 0;
    }

    /// <summary>
    /// The catalogue as the Functions host will see it: the app is built (never started) in
    /// hosted mode, so endpoints that exist only standalone never get a function.json.
    /// </summary>
    public static IReadOnlyList<FunctionDefinition> ReadCatalogue(Func<string[], WebApplication> buildApp)
    {
        var app = buildApp([$"--{RunModeDetector.CustomHandlerPortVariable}=0"]);
        try
        {
            return app.Services.GetRequiredService<FunctionCatalogue>().All(app);
        }
        finally
        {
            ((IDisposable)app).Dispose();
        }
    }
}
