namespace CustomerService.Functions.Platform.Storage.Documents;

/// <summary>
/// Begins the first load of a <see cref="RefreshingSnapshot{T}"/> holder when the app starts, on a
/// pool thread: never delays the start and never fails it (storage is resolved on first use, as
/// everywhere; a failed load is retried by the first caller that needs the value, which then reports
/// the real error inside its own request).
/// </summary>
internal sealed class SnapshotWarmUp<TService>(IServiceProvider services, Func<TService, Task> load) : IHostedService
    where TService : notnull
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = Task.Run(async () =>
        {
            try
            {
                await load(services.GetRequiredService<TService>());
            }
            catch (Exception)
            {
                // Not logged: no storage configured yet, or not reachable (see the summary).
            }
        }, CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

public static class SnapshotWarmUpRegistration
{
    /// <summary>Starts <paramref name="load"/> of the singleton <typeparamref name="TService"/> when the app starts.</summary>
    public static IServiceCollection AddSnapshotWarmUp<TService>(this IServiceCollection services, Func<TService, Task> load)
        where TService : notnull =>
        services.AddSingleton<IHostedService>(provider => new SnapshotWarmUp<TService>(provider, load));
}
