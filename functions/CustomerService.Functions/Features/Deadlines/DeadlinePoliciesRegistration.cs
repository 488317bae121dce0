using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Features.Appeals.Organizations.Editing;
using CustomerService.Functions.Features.Deadlines.Api;
using CustomerService.Functions.Features.Deadlines.Calendars;
using CustomerService.Functions.Features.Deadlines.Planning;
using CustomerService.Functions.Features.Deadlines.Policies;
using CustomerService.Functions.Platform.OpenApi;

namespace CustomerService.Functions.Features.Deadlines;

/// <summary>Deadline policies and calendars in the composition root: <c>builder.AddDeadlinePolicies()</c>, <c>api.MapDeadlinePolicies()</c>.</summary>
public static class DeadlinePoliciesRegistration
{
    public static WebApplicationBuilder AddDeadlinePolicies(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(_ => DeadlinePlanner.Shipped());
        builder.Services.AddSingleton<IDeadlinePlanner>(provider => provider.GetRequiredService<DeadlinePlanner>());
        // The configured organization's calendar: registration's promise date counts it (AppealRegistrar).
        builder.Services.AddSingleton<WorkingCalendar>(provider => provider.GetRequiredService<DeadlinePlanner>().CalendarOf(provider.GetRequiredService<ActiveOrganizationProfile>().Id));
        builder.Services.AddApiOperationDocs([.. DeadlinePolicyApiDocs.All()]);
        return builder;
    }

    public static RouteGroupBuilder MapDeadlinePolicies(this RouteGroupBuilder api) => api.MapDeadlineEndpoints();
}
