namespace CustomerService.Functions.Platform.Hosting.Catalogue;

/// <summary>
/// Endpoint metadata that makes an ASP.NET Core endpoint an HTTP function. Route and methods are
/// read from the endpoint itself, so the function.json route can never disagree with the code.
/// </summary>
public sealed record HttpFunctionMetadata(string Name, FunctionAuthLevel AuthLevel);
