namespace CustomerService.Functions.Features.Appeals.Journal;

/// <summary>The journal inside the appeals feature: services here, routes in <see cref="JournalEndpoints.MapJournal"/>.</summary>
public static class JournalRegistration
{
    public static WebApplicationBuilder AddAppealJournal(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<JournalReader>();
        return builder;
    }
}
