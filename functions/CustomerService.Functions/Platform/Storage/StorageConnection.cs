using Azure.Core;
using Azure.Identity;
using CustomerService.Functions.Platform.Configuration;

namespace CustomerService.Functions.Platform.Storage;

/// <summary>
/// Where the storage account is and how we prove who we are: a shared key (Azurite, key-based
/// accounts) or an Entra ID token (managed identity in Azure). Read from the same setting the
/// Functions host uses for its own triggers, so one setting serves both.
/// </summary>
public sealed record StorageConnection(
    string AccountName,
    Uri BlobEndpoint,
    Uri QueueEndpoint,
    Uri TableEndpoint,
    StorageSharedKeyCredential? SharedKey,
    TokenCredential? Token)
{
    [AppSetting("Standalone: storage connection string (UseDevelopmentStorage=true or AccountName/AccountKey/…Endpoint pairs).", Source = SettingSource.StandaloneOnly)]
    public const string ConnectionSetting = "AzureWebJobsStorage";

    [AppSetting("Azure: storage account name for identity-based access (managed identity).")]
    public const string AccountNameSetting = "AzureWebJobsStorage:accountName";

    [AppSetting("Azure: 'managedidentity' to authenticate with a managed identity.")]
    public const string CredentialSetting = "AzureWebJobsStorage:credential";

    [AppSetting("Azure: client id of the user-assigned managed identity.")]
    public const string ClientIdSetting = "AzureWebJobsStorage:clientId";

    [AppSetting("Standalone: a prefix for every queue name, so several apps can share one storage account without taking each other's messages.", Source = SettingSource.StandaloneOnly, Optional = true)]
    public const string QueueNamePrefixSetting = "Storage:QueueNamePrefix";

    /// <summary>Put in front of every queue name (see <see cref="QueueNamePrefixSetting"/>); empty by default.</summary>
    public string QueueNamePrefix { get; init; } = "";

    public const string DevelopmentAccountName = "devstoreaccount1";
    public const string DevelopmentAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public static StorageConnection FromConfiguration(IConfiguration configuration) =>
        FromConfigurationWithoutPrefix(configuration) with { QueueNamePrefix = Queues.QueuePrefix.Read(configuration) };

    private static StorageConnection FromConfigurationWithoutPrefix(IConfiguration configuration)
    {
        var connectionString = configuration[ConnectionSetting];
        if (!string.IsNullOrWhiteSpace(connectionString)) return Parse(connectionString);

        var accountName = configuration[AccountNameSetting];
        if (string.IsNullOrWhiteSpace(accountName))
        {
            throw new InvalidOperationException(
                $"No storage configured: set '{ConnectionSetting}' to a connection string or '{AccountNameSetting}' (env: AzureWebJobsStorage__accountName) for managed identity.");
        }
        var clientId = configuration[ClientIdSetting];
        TokenCredential credential = string.IsNullOrWhiteSpace(clientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId));
        return new StorageConnection(accountName, ServiceUri(accountName, "blob"), ServiceUri(accountName, "queue"),
            ServiceUri(accountName, "table"), null, credential);
    }

    /// <summary>Parses an Azure Storage connection string (the subset key-based accounts and Azurite use).</summary>
    public static StorageConnection Parse(string connectionString)
    {
        var pairs = connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split('=', 2))
            .Where(kv => kv.Length == 2)
            .ToDictionary(kv => kv[0], kv => kv[1], StringComparer.OrdinalIgnoreCase);

        if (pairs.TryGetValue("UseDevelopmentStorage", out var dev) && bool.TryParse(dev, out var useDev) && useDev)
        {
            return Development("127.0.0.1", 10000, 10001, 10002);
        }
        var account = Required(pairs, "AccountName");
        var key = Required(pairs, "AccountKey");
        var protocol = pairs.GetValueOrDefault("DefaultEndpointsProtocol", "https");
        var suffix = pairs.GetValueOrDefault("EndpointSuffix", "core.windows.net");
        Uri Endpoint(string service, string name) => pairs.TryGetValue(name, out var explicitUri)
            ? new Uri(explicitUri.TrimEnd('/'))
            : new Uri($"{protocol}://{account}.{service}.{suffix}");
        return new StorageConnection(account, Endpoint("blob", "BlobEndpoint"), Endpoint("queue", "QueueEndpoint"),
            Endpoint("table", "TableEndpoint"), new StorageSharedKeyCredential(account, key), null);
    }

    public static StorageConnection Development(string host, int blobPort, int queuePort, int tablePort) =>
        new(DevelopmentAccountName,
            new Uri($"http://{host}:{blobPort}/{DevelopmentAccountName}"),
            new Uri($"http://{host}:{queuePort}/{DevelopmentAccountName}"),
            new Uri($"http://{host}:{tablePort}/{DevelopmentAccountName}"),
            new StorageSharedKeyCredential(DevelopmentAccountName, DevelopmentAccountKey), null);

    private static Uri ServiceUri(string account, string service) => new($"https://{account}.{service}.core.windows.net");

    private static string Required(Dictionary<string, string> pairs, string name) =>
        pairs.TryGetValue(name, out var value) && value.Length > 0
            ? value
            : throw new FormatException($"The storage connection string has no {name}.");
}
