using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Features.Appeals.Screening.Rules;

namespace CustomerService.Functions.Features.Appeals.Screening.Checks;

/// <summary>What one check found, before the organization's rules decide whether it becomes a suggestion.</summary>
/// <param name="RouteTo">A route the finding itself calls for (an anonymous crime report), beside the rule's own.</param>
internal sealed record Finding(
    NonConsiderationGround Ground,
    Confidence Confidence,
    string Reason,
    IReadOnlyList<string> Evidence,
    RouteTarget RouteTo = RouteTarget.None);
