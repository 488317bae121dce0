using CustomerService.Functions.Features.Appeals.Intake;
using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Platform.Hosting.Catalogue;
using CustomerService.Functions.Platform.Http;
using CustomerService.Functions.Platform.Security;

namespace CustomerService.Functions.Features.Appeals.Workflow;

/// <summary>
/// <c>POST /api/staff/appeals/{appealId}/classification</c> (operator): 001's code for Ст.6
/// (SEED_REQUIREMENTS §3.3) and the complexity А/Б (§3.4 item 2.2).
/// </summary>
public static class ClassifyAppeal
{
    /// <param name="Code">camelCase <see cref="ClassificationCode"/> name (<c>powerQuality</c>) or the journal code (<c>КЭ</c>).</param>
    /// <param name="Complexity"><c>A</c>: a standard decision; <c>B</c>: needs analysis, the period may be extended.</param>
    public sealed record Request(string? Code, string? Complexity);

    public static WorkflowDecision Decide(Request request, AppealFile file)
    {
        var problems = new ValidationProblemBuilder();
        var code = ParseCode(request.Code);
        problems.AddIf(code is null, "code", $"Укажите код классификации: {string.Join(", ", Enum.GetValues<ClassificationCode>().Select(c => c.JournalCode()))}.");
        problems.AddIf(request.Complexity is not ("A" or "B"), "complexity", "Укажите категорию сложности: A (типовое решение) или B (требуется анализ).");
        if (problems.HasErrors) return WorkflowDecision.Refuse(problems.ToResult());
        if (WorkflowRules.Classify(file.Status) is { } refusal) return WorkflowDecision.Refuse(WorkflowProblems.InvalidTransition(refusal));

        var wire = WireEnum<ClassificationCode>.Name(code!.Value);
        return new WorkflowChange("classified", file.Status == AppealStatus.Registered ? AppealStatus.Classified : null)
        {
            AppealUpdates = { ["Classification"] = wire, ["ClassificationCode"] = code.Value.JournalCode(), ["Complexity"] = request.Complexity! },
            Details = { ["Classification"] = wire, ["ClassificationCode"] = code.Value.JournalCode(), ["Complexity"] = request.Complexity! },
        };
    }

    public static ClassificationCode? ParseCode(string? text)
    {
        if (WireEnum<ClassificationCode>.TryParse(text, out var code)) return code;
        return Enum.GetValues<ClassificationCode>().Where(c => c.JournalCode() == text).Select(c => (ClassificationCode?)c).FirstOrDefault();
    }

    public static RouteGroupBuilder MapClassifyAppeal(this RouteGroupBuilder api)
    {
        api.MapPost("/staff/appeals/{appealId}/classification", (string appealId, Request request, HttpContext context, AppealWorkflow workflow, CancellationToken cancellationToken) =>
                workflow.ExecuteAsync(context, appealId, (file, _, _) => Decide(request, file), cancellationToken))
            .RequireAuthorization(StaffPolicies.Operator)
            .AsFunction("AppealClassify", FunctionAuthLevel.Anonymous);
        return api;
    }
}
