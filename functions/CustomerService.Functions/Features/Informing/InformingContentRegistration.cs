using CustomerService.Functions.Features.Informing.Content;

namespace CustomerService.Functions.Features.Informing;

/// <summary>Scenarios, recipient lists and opt-outs in the composition root: <c>builder.AddInformingContent()</c>, <c>api.MapInformingContent()</c>.</summary>
public static class InformingContentRegistration
{
    public static WebApplicationBuilder AddInformingContent(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<InformingContentTables>().AddSingleton<ScenarioStore>()
            .AddSingleton<RecipientListStore>().AddSingleton<OptOutStore>().AddInformingApiDocs();
        return builder;
    }

    public static RouteGroupBuilder MapInformingContent(this RouteGroupBuilder api) => api.MapScenarios().MapRecipientLists().MapOptOuts();
}
