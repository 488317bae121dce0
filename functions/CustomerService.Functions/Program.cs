using CustomerService.Functions.Platform.Hosting;

var app = FunctionApp.Build(args);
await app.RunAsync();

/// <summary>Entry point type, visible to tests that start the app on a loopback port.</summary>
public partial class Program;
