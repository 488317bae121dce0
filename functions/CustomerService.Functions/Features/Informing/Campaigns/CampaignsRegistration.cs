using CustomerService.Functions.Features.Informing.Campaigns.Api;
using CustomerService.Functions.Features.Informing.Campaigns.Execution;
using CustomerService.Functions.Features.Informing.Campaigns.Sources;
using CustomerService.Functions.Features.Informing.Campaigns.Store;
using CustomerService.Functions.Platform.Hosting.Catalogue;
using CustomerService.Functions.Platform.OpenApi;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CustomerService.Functions.Features.Informing.Campaigns;

/// <summary>Campaigns in the composition root: <c>builder.AddCampaigns()</c> and <c>api.MapCampaigns()</c>.</summary>
public static class CampaignsRegistration
{
    public static WebApplicationBuilder AddCampaigns(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        // Staff-edited texts where the informing content is registered (the app), shipped texts otherwise.
        services.TryAddSingleton<ICampaignScenarios>(provider => provider.GetService<Content.ScenarioStore>() is { } store
            ? new EffectiveCampaignScenarios(store)
            : new ShippedCampaignScenarios());
        services.TryAddSingleton<ICampaignRecipients, StoredCampaignRecipients>();
        services.TryAddSingleton(provider => new CampaignClock(provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton(provider => CampaignSettings.From(provider.GetRequiredService<IConfiguration>()));
        services.TryAddSingleton(CampaignQueueNames.Default);
        services.AddSingleton<CampaignTables>();
        services.AddSingleton<CampaignItems>();
        services.AddSingleton<CampaignSender>();
        services.AddSingleton<CampaignRendering>();
        services.AddSingleton<CampaignDeliveryReports>();
        services.AddQueueFunction<CampaignPlanFunction>(CampaignPlanFunction.FunctionName, CampaignTables.PlanQueue);
        services.AddQueueFunction<CampaignDispatchFunction>(CampaignDispatchFunction.FunctionName, CampaignTables.DispatchQueue);
        services.AddSingleton<CampaignStore>();
        services.AddSingleton<CampaignRequestValidator>();
        services.AddSingleton<CampaignStarter>();
        services.AddSingleton<CampaignCompletion>();
        services.AddApiOperationDocs(CampaignApiDocs.All);
        return builder;
    }

    public static RouteGroupBuilder MapCampaigns(this RouteGroupBuilder api) => api.MapCampaignEndpoints();
}
