using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Platform.Storage.Documents;

public static class DocumentStoreRegistration
{
    /// <summary>Registers the <see cref="DocumentStore"/> singleton (safe to call from several features).</summary>
    public static IServiceCollection AddDocumentStore(this IServiceCollection services, Action<DocumentStoreOptions>? configure = null)
    {
        if (services.Any(s => s.ServiceType == typeof(DocumentStore))) return services;
        services.AddSingleton(provider =>
        {
            var options = new DocumentStoreOptions();
            configure?.Invoke(options);
            return new DocumentStore(provider.GetRequiredService<TableServiceClient>(), provider.GetRequiredService<TimeProvider>(), options);
        });
        return services;
    }
}
