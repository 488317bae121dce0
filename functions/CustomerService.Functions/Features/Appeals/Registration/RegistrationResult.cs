namespace CustomerService.Functions.Features.Appeals.Registration;

/// <summary>The 201 body of every intake route (stored with the appeal so a replay answers it byte for byte).</summary>
public sealed record RegistrationResult(
    string RegistrationNumber,
    DateTimeOffset RegisteredAt,
    DateOnly PromisedBy,
    string PromiseBasis,
    string Status,
    string StatusUrl);

public abstract record RegistrationOutcome
{
    /// <param name="Json">The response body exactly as first answered.</param>
    public sealed record Registered(string Json, string StatusUrl) : RegistrationOutcome;

    public sealed record Replayed(string Json, string StatusUrl) : RegistrationOutcome;

    /// <summary>The key was used before with a different request.</summary>
    public sealed record KeyReused : RegistrationOutcome;
}
