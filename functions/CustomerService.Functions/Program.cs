using CustomerService.Functions.Platform.Hosting;
using CustomerService.Functions.Platform.Hosting.Catalogue;

if (FunctionJsonCommand.IsRequested(args)) return FunctionJsonCommand.Run(args, buildArgs => FunctionApp.Build(buildArgs));

var app = FunctionApp.Build(args);
await app.RunAsync();
return 0;

/// <summary>Entry point type, visible to tests that start the app on a loopback port.</summary>
public partial class Program;
