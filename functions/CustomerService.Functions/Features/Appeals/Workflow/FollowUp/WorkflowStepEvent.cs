using System.Text.Json;
using CustomerService.Functions.Features.Appeals.Registration;

namespace CustomerService.Functions.Features.Appeals.Workflow.FollowUp;

/// <summary>
/// The <c>appeal-step</c> queue message, <c>{"appealId":"…","messages":["m-answer",…]}</c>: put
/// before a workflow step's transaction (no personal data: the appeal id and the row keys of the
/// messages the step writes), so the step's follow-up happens even when the process stops between
/// the transaction and its outbox and journal writes.
/// </summary>
public sealed record WorkflowStepEvent(string AppealId, IReadOnlyList<string> Messages)
{
    public string Serialize() => JsonSerializer.Serialize(this, AppealRegistrar.Json);

    /// <summary>The event, or null when the text is not one (such a message is poison).</summary>
    public static WorkflowStepEvent? Parse(string text)
    {
        try
        {
            var step = JsonSerializer.Deserialize<WorkflowStepEvent>(text, AppealRegistrar.Json);
            var valid = step is { AppealId: { } id, Messages: { Count: <= 10 } messages } && AppealIds.IsValid(id)
                && messages.All(m => m is { Length: > 2 and <= 200 } && m.StartsWith(AppealFile.MessagePrefix, StringComparison.Ordinal));
            return valid ? step : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
