using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Platform.Hosting.Catalogue;
using CustomerService.Functions.Platform.Http;
using CustomerService.Functions.Platform.Security;

namespace CustomerService.Functions.Features.Appeals.Workflow.Faq;

/// <summary>
/// <c>POST /api/staff/appeals/{appealId}/faq</c> (head of unit): publishes the question and the sent
/// answer, anonymised (§9.3: authors are never shown), optionally edited by staff first (the edited
/// texts are anonymised too). <c>GET /api/faq</c> is the public read.
/// </summary>
public static class PublishFaq
{
    private const int MaxLength = 20_000;

    public sealed record Request(string? Question, string? Answer);

    public static WorkflowDecision Decide(Request request, AppealFile file, DateTimeOffset now)
    {
        var problems = new ValidationProblemBuilder()
            .AddIf(request.Question is { Length: > MaxLength }, "question", $"Вопрос длиннее {MaxLength} символов.")
            .AddIf(request.Answer is { Length: > MaxLength }, "answer", $"Ответ длиннее {MaxLength} символов.");
        if (problems.HasErrors) return WorkflowDecision.Refuse(problems.ToResult());
        if (WorkflowRules.PublishFaq(file.Status) is { } refusal) return WorkflowDecision.Refuse(WorkflowProblems.InvalidTransition(refusal));

        var names = KnownNames(file);
        var question = FaqAnonymiser.Anonymise(Blank(request.Question) ?? string.Join("\n", file.Questions), names);
        var answer = FaqAnonymiser.Anonymise(Blank(request.Answer) ?? file.Appeal.GetString("AnswerDraft") ?? "", names);
        return new WorkflowChange("faqPublished", null)
        {
            AppealUpdates = { ["FaqPublishedAt"] = now },
            Details = { ["FaqQuestion"] = question, ["FaqAnswer"] = answer },
        };
    }

    /// <summary>Every name the appeal knows: applicant, group members, executor.</summary>
    private static IReadOnlyList<string?> KnownNames(AppealFile file)
    {
        var a = file.Appeal;
        var names = new List<string?> { a.GetString("LastName"), a.GetString("FirstName"), a.GetString("Patronymic"), a.GetString("OrganizationName") };
        foreach (var full in new[] { a.GetString("DraftedByName"), a.GetString("AssigneeName") }.OfType<string>()) names.AddRange(full.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(part => part.Length > 3));
        if (a.GetString("Members") is { } members) names.AddRange(System.Text.Json.JsonSerializer.Deserialize<string[]>(members)!.SelectMany(m => m.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        return names;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public static RouteGroupBuilder MapFaq(this RouteGroupBuilder api)
    {
        api.MapPost("/staff/appeals/{appealId}/faq", (string appealId, Request request, HttpContext context, AppealWorkflow workflow, FaqEntries faq, OrganizationProfile profile, CancellationToken cancellationToken) =>
                workflow.ExecuteAsync(context, appealId, (file, _, now) => Decide(request, file, now), cancellationToken,
                    (file, change, ct) => faq.PublishAsync(new FaqEntry(profile.Id, file.AppealId, (string)change.Details["FaqQuestion"], (string)change.Details["FaqAnswer"],
                        file.Appeal.GetString("ClassificationCode"), (DateTimeOffset)change.AppealUpdates["FaqPublishedAt"]), ct)))
            .RequireAuthorization(StaffPolicies.HeadOfUnit)
            .AsFunction("AppealPublishFaq", FunctionAuthLevel.Anonymous);

        // Public: the website shows it before the appeal form (§7.3 step 1); nothing personal is stored in it.
        api.MapGet("/faq", async (FaqEntries faq, OrganizationProfile profile, CancellationToken cancellationToken) =>
                TypedResults.Json((await faq.ListAsync(profile.Id, cancellationToken)).Select(e => new FaqItem(e.AppealId, e.Question, e.Answer, e.Classification, e.PublishedAt)).ToList(),
                    Registration.AppealRegistrar.Json))
            .AsFunction("FaqList", FunctionAuthLevel.Anonymous);
        return api;
    }
}

/// <summary>One public FAQ item: anonymised texts only.</summary>
public sealed record FaqItem(string Id, string Question, string Answer, string? Classification, DateTimeOffset PublishedAt);
