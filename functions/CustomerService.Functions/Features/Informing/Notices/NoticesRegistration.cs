using CustomerService.Functions.Features.Informing.Content;
using CustomerService.Functions.Platform.Storage.Documents;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CustomerService.Functions.Features.Informing.Notices;

public static class NoticesRegistration
{
    /// <summary>Registers <see cref="ApplicantNotices"/> once, whichever feature asks first; it uses the staff texts when the informing content is registered.</summary>
    public static IServiceCollection AddApplicantNotices(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(ApplicantNotices))) return services;
        services.TryAddSingleton(provider => new ApplicantNotices(provider.GetService<ScenarioStore>(),
            provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<ILogger<ApplicantNotices>>()));
        return services.AddSnapshotWarmUp<ApplicantNotices>(notices => notices.WarmUpAsync());
    }
}
