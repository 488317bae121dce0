using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Features.Appeals.Screening.Rules;

namespace CustomerService.Functions.Features.Appeals.Screening;

/// <summary>How sure screening is; every suggestion still needs a staff decision.</summary>
public enum Confidence
{
    /// <summary>A weak signal: look at the text before deciding.</summary>
    Low,

    Medium,

    /// <summary>A clear match (e.g. no contact data, obscene words).</summary>
    High,
}

/// <summary>
/// A ground screening thinks may apply. Only grounds the organization's rules allow on the appeal's
/// channel are suggested; <see cref="Rule"/> says how the ground is handled if staff confirm it.
/// </summary>
/// <param name="Reason">A short Russian explanation for staff.</param>
/// <param name="Evidence">What matched (masked words, short phrases, scores) — never the appeal's full text.</param>
/// <param name="RouteTo">Where the appeal should also go if staff confirm (security unit, state bodies).</param>
public sealed record ScreeningSuggestion(
    NonConsiderationGround Ground,
    Confidence Confidence,
    string Reason,
    IReadOnlyList<string> Evidence,
    RouteTarget RouteTo,
    NonConsiderationRule Rule);
