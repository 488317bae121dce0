using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Features.Appeals.Organizations.Editing;
using CustomerService.Functions.Features.Deadlines.Calendars.Editing;
using CustomerService.Functions.Features.Deadlines.Extensions;
using CustomerService.Functions.Features.Deadlines.Planning;
using CustomerService.Functions.Features.Deadlines.Timers;
using CustomerService.Functions.Features.Deadlines.Views;
using CustomerService.Functions.Features.Informing.Notices;
using CustomerService.Functions.Platform.Hosting.Catalogue;

namespace CustomerService.Functions.Features.Deadlines;

/// <summary>
/// The timer engine in the composition root: <c>builder.AddDeadlineEngine()</c> and
/// <c>api.MapDeadlineEngine()</c>. The planner (<see cref="IDeadlinePlanner"/>) comes from the
/// policies (<c>builder.AddDeadlinePolicies()</c>); without one the engine is absent (null) and
/// nothing pretends to plan.
/// </summary>
public static class DeadlinesRegistration
{
    public static WebApplicationBuilder AddDeadlineEngine(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<DeadlineOptions>();
        services.AddSingleton<DeadlineStore>();
        services.AddSingleton<DeadlineEngine>(provider => provider.GetService<IDeadlinePlanner>() is { } planner
            ? ActivatorUtilities.CreateInstance<DeadlineEngine>(provider, planner)
            : null!);
        services.AddApplicantNotices();
        services.AddSingleton(provider =>
        {
            // The app serves one organization: its profile as administrators edited it; the shipped one for any other id.
            var active = provider.GetRequiredService<ActiveOrganizationProfile>();
            return new MilestoneActions(provider.GetRequiredService<DeadlineStore>(), provider.GetRequiredService<ApplicantNotices>(),
                id => active.Current.Id == id ? active.Current : OrganizationProfiles.Find(id));
        });
        services.AddQueueFunction<DeadlineTimerFunction>(DeadlineTimerFunction.FunctionName, DeadlineOptions.DefaultTimerQueue);
        services.AddTimerFunction<DeadlineSweep>(DeadlineSweep.FunctionName, DeadlineSweep.Schedule);
        services.AddSingleton<CalendarReplanQueue>();
        services.AddQueueFunction<CalendarReplanFunction>(CalendarReplanFunction.FunctionName, DeadlineOptions.DefaultReplanQueue);
        services.AddDeadlineApiDocs();
        return builder;
    }

    public static RouteGroupBuilder MapDeadlineEngine(this RouteGroupBuilder api) => api.MapExtendDeadline().MapDeadlineViews();
}
