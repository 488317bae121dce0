using CustomerService.Functions.Features.Appeals.Registration;
using CustomerService.Functions.Platform.Hosting.Invocation;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Appeals.Workflow.FollowUp;

/// <summary>
/// Queue <c>appeal-step</c>: the safety net of a workflow step. The step puts this message, invisible
/// for <see cref="Delay"/>, before its transaction and does its follow-up itself right after it; this
/// function repeats that follow-up (<see cref="AppealWorkflow.FollowUpAsync"/>) from what is stored,
/// so a process that stopped between the transaction and the outbox never leaves an applicant
/// without the answer. A step that did not commit left no message row, so nothing is sent for it.
/// In the usual case (the step's own follow-up done) it costs reads and idempotent rewrites only.
/// </summary>
public sealed class WorkflowStepFunction(AppealTables tables, AppealWorkflow workflow) : IQueueFunction
{
    public const string FunctionName = "AppealWorkflowStep";

    /// <summary>Longer than a step's own follow-up takes, short enough that an applicant barely waits when it did not happen.</summary>
    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(30);

    public async Task RunAsync(QueueInvocation invocation, CancellationToken cancellationToken)
    {
        var step = WorkflowStepEvent.Parse(invocation.MessageText) ?? throw new FormatException("Not an appeal workflow step event.");
        await tables.EnsureCreatedAsync(cancellationToken);
        var appeals = tables.Table(AppealTables.Appeals);
        if (await appeals.GetEntityIfExistsAsync(step.AppealId, AppealTables.AppealRowKey(step.AppealId), cancellationToken: cancellationToken) is not { } appeal)
        {
            invocation.Log.Write("No such appeal: nothing to follow up.");
            return;
        }
        var messages = new List<TableEntity>();
        foreach (var rowKey in step.Messages)
            if (await appeals.GetEntityIfExistsAsync(step.AppealId, rowKey, cancellationToken: cancellationToken) is { } message) messages.Add(message);
        var restored = await workflow.FollowUpAsync(appeal, messages, cancellationToken);
        invocation.Log.Write($"Workflow step followed up: {messages.Count} of {step.Messages.Count} messages committed, {restored} outbox copies were missing.");
    }
}
