using CustomerService.Functions.Features.Deadlines.Api;
using CustomerService.Functions.Features.Deadlines.Calendars;
using CustomerService.Functions.Features.Deadlines.Calendars.Editing;
using CustomerService.Functions.Platform.Storage.Documents;
using CustomerService.Functions.Features.Deadlines.Planning;
using CustomerService.Functions.Features.Deadlines.Policies;
using CustomerService.Functions.Features.Deadlines.Policies.Editing;
using CustomerService.Functions.Platform.OpenApi;

namespace CustomerService.Functions.Features.Deadlines;

/// <summary>Deadline policies and calendars in the composition root: <c>builder.AddDeadlinePolicies()</c>, <c>api.MapDeadlinePolicies()</c>.</summary>
public static class DeadlinePoliciesRegistration
{
    public static WebApplicationBuilder AddDeadlinePolicies(this WebApplicationBuilder builder)
    {
        // Calendars in force: shipped years with the administrators' loaded years over them (docs/deadlines.md).
        builder.Services.AddDocumentStore();
        builder.Services.AddSingleton<CalendarYearStore>();
        builder.Services.AddSingleton<ActiveCalendars>();
        builder.Services.AddSingleton<IWorkingCalendars>(provider => provider.GetRequiredService<ActiveCalendars>());
        builder.Services.AddSnapshotWarmUp<ActiveCalendars>(calendars => calendars.WarmUpAsync());
        // Policy versions in force: shipped ones and those administrators added.
        builder.Services.AddSingleton<DeadlinePolicyStore>();
        builder.Services.AddSingleton<ActivePolicies>();
        builder.Services.AddSingleton<IDeadlinePolicies>(provider => provider.GetRequiredService<ActivePolicies>());
        builder.Services.AddSnapshotWarmUp<ActivePolicies>(policies => policies.WarmUpAsync());
        builder.Services.AddSingleton(provider => new DeadlinePlanner(provider.GetRequiredService<IDeadlinePolicies>(), provider.GetRequiredService<IWorkingCalendars>()));
        builder.Services.AddSingleton<IDeadlinePlanner>(provider => provider.GetRequiredService<DeadlinePlanner>());
        builder.Services.AddApiOperationDocs([.. DeadlinePolicyApiDocs.All(), .. CalendarAdminApiDocs.All(), .. PolicyAdminApiDocs.All()]);
        return builder;
    }

    public static RouteGroupBuilder MapDeadlinePolicies(this RouteGroupBuilder api) => api.MapDeadlineEndpoints().MapCalendarAdmin().MapPolicyAdmin();
}
