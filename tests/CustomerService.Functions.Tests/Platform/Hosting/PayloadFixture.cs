using System.Text.Json;
using CustomerService.Functions.Tests.Support;

namespace CustomerService.Functions.Tests.Platform.Hosting;

/// <summary>Invocation bodies the Functions host sends, captured or documented (research A2), kept as JSON files.</summary>
public static class PayloadFixture
{
    public static string Text(string name) =>
        File.ReadAllText(Path.Combine(RepositoryRoot.Path, "tests", "CustomerService.Functions.Tests", "Platform", "Hosting", "Payloads", name));

    public static JsonElement Json(string name) => JsonDocument.Parse(Text(name)).RootElement.Clone();
}
