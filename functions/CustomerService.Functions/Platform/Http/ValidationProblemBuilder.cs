using Microsoft.AspNetCore.Http.HttpResults;

namespace CustomerService.Functions.Platform.Http;

/// <summary>
/// Collects field-level validation messages and produces a 400 problem+json with
/// <c>errors: { field: [messages] }</c> (RFC 9457 + ASP.NET Core's validation problem shape).
/// Field names are the JSON property names the caller sent (camelCase, dotted for nested:
/// <c>address.house</c>); messages are Russian sentences a customer can act on.
/// <code>
/// var problems = new ValidationProblemBuilder();
/// if (string.IsNullOrWhiteSpace(request.Phone)) problems.Add("phone", "Укажите номер телефона.");
/// if (problems.HasErrors) return problems.ToResult();
/// </code>
/// </summary>
public sealed class ValidationProblemBuilder
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool HasErrors => _errors.Count > 0;

    public ValidationProblemBuilder Add(string field, string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(field);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        if (!_errors.TryGetValue(field, out var messages)) _errors[field] = messages = [];
        if (!messages.Contains(message, StringComparer.Ordinal)) messages.Add(message);
        return this;
    }

    /// <summary>Adds the message when <paramref name="failed"/> is true; keeps validation code flat.</summary>
    public ValidationProblemBuilder AddIf(bool failed, string field, string message) => failed ? Add(field, message) : this;

    public IReadOnlyDictionary<string, string[]> Errors => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    /// <summary>The 400 result; the platform adds <c>correlationId</c> and <c>traceId</c> when it is written.</summary>
    public ValidationProblem ToResult(string? detail = null) =>
        TypedResults.ValidationProblem(Errors, detail: detail, title: ProblemTexts.ValidationTitle);
}
