namespace CustomerService.Functions.Features.Deadlines.Planning;

/// <summary>
/// Pure policy: computes an appeal's deadlines from its facts, and checks an extension request
/// against the profile's limits. No I/O (policies and calendars are loaded into it beforehand).
/// </summary>
public interface IDeadlinePlanner
{
    /// <exception cref="DeadlinePolicyException">No rule applies to the facts, or the policy version is unknown.</exception>
    DeadlinePlan Plan(DeadlineFacts facts);

    /// <summary>Is this extension allowed (length, count, reason)? When it is, the plan with it applied.</summary>
    ExtensionCheck CheckExtension(DeadlineFacts facts, int days, string reason, DateTimeOffset requestedAt);
}

/// <param name="Problems">Field-level messages in Russian (field name → message) when refused.</param>
public sealed record ExtensionCheck(bool Allowed, DeadlinePlan? Plan, IReadOnlyDictionary<string, string> Problems);

public sealed class DeadlinePolicyException(string message) : Exception(message);
