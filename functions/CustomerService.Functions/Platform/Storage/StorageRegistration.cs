using CustomerService.Functions.Platform.Storage.Blobs;
using CustomerService.Functions.Platform.Storage.Blobs.Sas;
using CustomerService.Functions.Platform.Storage.Queues;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Platform.Storage;

public static class StorageRegistration
{
    /// <summary>Registers the storage connection (from configuration, resolved on first use) and the service clients.</summary>
    public static WebApplicationBuilder AddStorage(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(services => StorageConnection.FromConfiguration(services.GetRequiredService<IConfiguration>()));
        builder.Services.AddSingleton(services => new QueueServiceClient(services.GetRequiredService<StorageConnection>()));
        builder.Services.AddSingleton(services => new TableServiceClient(services.GetRequiredService<StorageConnection>()));
        builder.Services.AddSingleton(services => new BlobServiceClient(services.GetRequiredService<StorageConnection>()));
        builder.Services.AddSingleton<BlobSasLinks>();
        builder.Services.AddSingleton<StorageProbe>();
        builder.Services.AddHostedService<StorageWarmUp>();
        return builder;
    }
}
