using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Features.Appeals.Screening.Rules;

namespace CustomerService.Functions.Features.Appeals.Screening.Decisions;

/// <summary>
/// A staff decision not to consider an appeal on the merits, kept with the appeal (SEED_REQUIREMENTS §5
/// cross-cutting rules: the ground code, who decided, whether the applicant is notified, the route).
/// </summary>
/// <param name="DecidedBy">The staff member's identity (user id from the platform's authentication).</param>
/// <param name="NotifiedAt">When the notice was sent; null until it is.</param>
/// <param name="Comment">Why (required for discretionary grounds and repeated questions).</param>
public sealed record NonConsiderationDecision(
    NonConsiderationGround Ground,
    string DecidedBy,
    DateTimeOffset DecidedAt,
    bool NotifyApplicant,
    DateTimeOffset? NotifiedAt,
    RouteTarget RoutedTo,
    string? Comment);

/// <summary>Why a decision is refused: the field at fault and a Russian message for the staff UI (problem+json).</summary>
public sealed record DecisionProblem(string Field, string Message);
