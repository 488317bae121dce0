using System.Text.Json;

namespace CustomerService.Functions.Features.Appeals.Registration;

/// <summary>
/// The <c>appeal-registered</c> queue message: only appeal ids (no personal data on queues).
/// Appeals registered at about the same moment share one message, <c>{"appealIds":[…]}</c>
/// (<see cref="AppealRegisteredSender"/>); the single-id body <c>{"appealId":"…"}</c> of earlier
/// versions is still read, so messages already queued at a deployment are handled.
/// </summary>
public sealed record AppealRegisteredEvent(IReadOnlyList<string> AppealIds)
{
    /// <summary>Ids per message: ~35 bytes each, so 100 stay far below the 64 KiB queue limit after base64.</summary>
    public const int MaxAppealIds = 100;

    public static string Serialize(string appealId) => Serialize([appealId]);

    public static string Serialize(IReadOnlyList<string> appealIds)
    {
        if (appealIds.Count is 0 or > MaxAppealIds) throw new ArgumentOutOfRangeException(nameof(appealIds), $"1–{MaxAppealIds} ids per event.");
        return JsonSerializer.Serialize(new Body { AppealIds = appealIds }, AppealRegistrar.Json);
    }

    /// <summary>The event, or null when the text is not one (such a message is poison).</summary>
    public static AppealRegisteredEvent? Parse(string text)
    {
        try
        {
            var body = JsonSerializer.Deserialize<Body>(text, AppealRegistrar.Json);
            IReadOnlyList<string?>? ids = body?.AppealIds ?? (body?.AppealId is { } single ? [single] : null);
            if (ids is not { Count: > 0 and <= MaxAppealIds } || !ids.All(id => id is not null && Registration.AppealIds.IsValid(id))) return null;
            return new AppealRegisteredEvent(ids.Distinct().ToList()!);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The wire shape: <c>appealIds</c> (current) or <c>appealId</c> (single, earlier versions).</summary>
    private sealed class Body
    {
        public string? AppealId { get; init; }
        public IReadOnlyList<string?>? AppealIds { get; init; }
    }
}
