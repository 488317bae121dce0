using CustomerService.Functions.Features.Appeals.Workflow.Faq;

namespace CustomerService.Functions.Features.Appeals.Workflow;

/// <summary>The staff workflow in the appeals feature: <c>services.AddAppealWorkflow()</c> and <c>api.MapAppealWorkflow()</c>.</summary>
public static class WorkflowRegistration
{
    public static IServiceCollection AddAppealWorkflow(this IServiceCollection services) =>
        services.AddSingleton<JournalProjection>().AddSingleton<AppealWorkflow>().AddSingleton<FaqEntries>();

    public static RouteGroupBuilder MapAppealWorkflow(this RouteGroupBuilder api) => api
        .MapAppealCard().MapClassifyAppeal().MapAssignAppeal().MapRequestInformation().MapDraftAnswer().MapApproveAnswer()
        .MapSendAnswer().MapCloseAppeal().MapDecideNonConsideration().MapFaq();
}
