using CustomerService.Functions.Platform.Hosting;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Appeals.Applicants;

public static class ApplicantsRegistration
{
    /// <summary>The applicant index that registration's follow-up and the workflow keep (docs/screening.md).</summary>
    public static IServiceCollection AddApplicantIndex(this IServiceCollection services)
    {
        services.AddSingleton(provider => ApplicantKeys.FromConfiguration(provider.GetRequiredService<IConfiguration>(), provider.GetRequiredService<AppRuntime>()));
        services.AddSingleton(provider => new ApplicantIndex(provider.GetRequiredService<TableServiceClient>(), provider.GetRequiredService<ApplicantKeys>()));
        return services;
    }
}
