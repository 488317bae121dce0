namespace CustomerService.Functions.Tests.Support;

/// <summary>
/// Tests that load the shared Azurite for minutes (thousands of timers). xUnit runs a collection
/// without parallelization after all the others and alone, so the load neither slows the other
/// tests' requests past their timeouts nor is measured against them.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LoadTests
{
    public const string Name = "Load tests (run alone)";
}
