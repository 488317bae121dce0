using CustomerService.Functions.Platform.Storage;
using CustomerService.Functions.Tests.Support;

namespace CustomerService.Functions.Tests.Platform.Storage;

/// <summary>The test Azurite as a <see cref="StorageConnection"/>, and unique resource names so tests never share state.</summary>
public static class StorageTestAccount
{
    public static StorageConnection Connection => StorageConnection.Parse(Azurite.ConnectionString);

    /// <summary>A name valid for queues, containers and tables (lowercase letters and digits, starts with a letter).</summary>
    public static string UniqueName(string prefix) => prefix + Guid.NewGuid().ToString("N")[..12];
}
