using CustomerService.Functions.Platform.OpenApi;
using CustomerService.Functions.Platform.Storage.Documents;

namespace CustomerService.Functions.Features.Appeals.Organizations.Editing;

/// <summary>Editable profiles inside the appeals feature; routes in <see cref="OrganizationAdminEndpoints.MapOrganizationAdmin"/>.</summary>
public static class OrganizationEditingRegistration
{
    /// <summary>
    /// The store, the active snapshot and its warm-up, and <see cref="OrganizationProfile"/> as a
    /// scoped service: each request (and each queue invocation's scope) sees one snapshot.
    /// </summary>
    public static IServiceCollection AddOrganizationEditing(this IServiceCollection services)
    {
        services.AddDocumentStore();
        services.AddSingleton<OrganizationProfileStore>();
        services.AddSingleton<ActiveOrganizationProfile>();
        services.AddSnapshotWarmUp<ActiveOrganizationProfile>(active => active.WarmUpAsync());
        services.AddScoped(provider => provider.GetRequiredService<ActiveOrganizationProfile>().Current);
        services.AddApiOperationDocs(OrganizationAdminApiDocs.All());
        return services;
    }
}
