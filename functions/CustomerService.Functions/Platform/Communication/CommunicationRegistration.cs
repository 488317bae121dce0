namespace CustomerService.Functions.Platform.Communication;

public static class CommunicationRegistration
{
    /// <summary>Registers <see cref="CommunicationClients"/> from configuration (none configured: <see cref="CommunicationClients.None"/>).</summary>
    public static IServiceCollection AddCommunication(this IServiceCollection services)
    {
        services.AddSingleton(provider => CommunicationClients.FromConfiguration(
            provider.GetRequiredService<IConfiguration>(), provider.GetRequiredService<TimeProvider>()));
        return services;
    }
}
