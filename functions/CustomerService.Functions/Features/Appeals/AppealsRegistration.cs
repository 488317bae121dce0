using CustomerService.Functions.Features.Appeals.ApiDocs;
using CustomerService.Functions.Features.Appeals.Applicants;
using CustomerService.Functions.Features.Appeals.Attachments;
using CustomerService.Functions.Features.Appeals.Intake;
using CustomerService.Functions.Features.Appeals.Journal;
using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Features.Appeals.Organizations.Editing;
using CustomerService.Functions.Features.Appeals.Outbox;
using CustomerService.Functions.Features.Appeals.Registration;
using CustomerService.Functions.Features.Appeals.Status;
using CustomerService.Functions.Features.Appeals.Workflow;
using CustomerService.Functions.Features.Informing.Notices;
using CustomerService.Functions.Platform.Hosting;
using CustomerService.Functions.Platform.Hosting.Catalogue;

namespace CustomerService.Functions.Features.Appeals;

/// <summary>The appeals feature in the composition root: <c>builder.AddAppeals()</c> and <c>api.MapAppeals()</c>.</summary>
public static class AppealsRegistration
{
    public static WebApplicationBuilder AddAppeals(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOrganizationEditing();
        services.AddApplicantIndex();
        services.AddSingleton(provider => AccessCodes.FromConfiguration(provider.GetRequiredService<IConfiguration>(),
            provider.GetRequiredService<AppRuntime>(), provider.GetRequiredService<ILogger<AccessCodes>>()));
        services.AddSingleton<AppealTables>();
        services.AddSingleton<RegistrationCounter>();
        services.AddSingleton<AppealRegisteredSender>();
        services.AddApplicantNotices();
        services.AddSingleton<AppealRegistrar>();
        services.AddSingleton<RegistrationScreeningFacts>();
        services.AddQueueFunction<AppealRegisteredFunction>(AppealRegisteredFunction.FunctionName, AppealTables.RegisteredQueue);
        services.AddQueueFunction<Workflow.FollowUp.WorkflowStepFunction>(Workflow.FollowUp.WorkflowStepFunction.FunctionName, AppealTables.StepQueueName);
        builder.AddAppealAttachments();
        builder.AddAppealJournal();
        services.AddAppealWorkflow();
        services.AddAppealsApiDocs();
        return builder;
    }

    public static RouteGroupBuilder MapAppeals(this RouteGroupBuilder api) =>
        api.MapAppealIntake().MapAppealStatus().MapOutbox().MapAppealAttachments().MapJournal().MapAppealWorkflow().MapOrganizationAdmin();

    /// <summary>
    /// The configured profile as shipped; an unknown id stops the app at start rather than registering
    /// under the wrong rules. Administrators' edits come on top (<see cref="ActiveOrganizationProfile"/>).
    /// </summary>
    public static OrganizationProfile SelectProfile(IConfiguration configuration)
    {
        var id = configuration[AppealsSettings.Organization];
        if (string.IsNullOrWhiteSpace(id)) id = OrganizationProfiles.DefaultId;
        return OrganizationProfiles.Find(id) ?? throw new InvalidOperationException(
            $"{AppealsSettings.Organization} = '{id}' is not a known organization profile ({string.Join(", ", OrganizationProfiles.All.Select(p => p.Id))}).");
    }
}
