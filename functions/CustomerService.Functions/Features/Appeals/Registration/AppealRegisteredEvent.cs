using System.Text.Json;

namespace CustomerService.Functions.Features.Appeals.Registration;

/// <summary>The <c>appeal-registered</c> queue message: only the appeal id (no personal data on queues).</summary>
public sealed record AppealRegisteredEvent(string AppealId)
{
    public static string Serialize(string appealId) => JsonSerializer.Serialize(new AppealRegisteredEvent(appealId), AppealRegistrar.Json);

    /// <summary>The event, or null when the text is not one (such a message is poison).</summary>
    public static AppealRegisteredEvent? Parse(string text)
    {
        try
        {
            var parsed = JsonSerializer.Deserialize<AppealRegisteredEvent>(text, AppealRegistrar.Json);
            return parsed is { AppealId: { } id } && AppealIds.IsValid(id) ? parsed : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
