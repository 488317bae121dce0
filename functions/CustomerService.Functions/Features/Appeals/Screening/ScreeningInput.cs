using CustomerService.Functions.Features.Appeals.Model;

using CustomerService.Functions.Features.Appeals.Organizations;

namespace CustomerService.Functions.Features.Appeals.Screening;

/// <summary>An earlier appeal of the same applicant that was answered on the merits.</summary>
/// <param name="AppealNumber">Its registration number, shown to staff as evidence.</param>
/// <param name="Question">Its question text.</param>
public sealed record AnsweredQuestion(string AppealNumber, string Question);

/// <summary>Everything screening looks at; plain data so the intake and staff code can build it from an appeal.</summary>
public sealed record ScreeningInput
{
    /// <summary>One of <see cref="Rules.OrganizationIds"/> (or another organization with a registered policy).</summary>
    public required string OrganizationId { get; init; }

    /// <summary>The appeal's questions (one appeal may hold several).</summary>
    public required IReadOnlyList<string> Questions { get; init; }

    /// <summary>Null when the appeal carries no applicant data at all.</summary>
    public Applicant? Applicant { get; init; }

    public AppealKind Kind { get; init; }

    public Channel Channel { get; init; }

    /// <summary>Languages the organization answers in (ISO 639-1: ru, tt, kk, en). Empty: no language check.</summary>
    public IReadOnlyList<string> AllowedLanguages { get; init; } = [];

    /// <summary>The applicant's earlier appeals answered on the merits (for the repeated-question check).</summary>
    public IReadOnlyList<AnsweredQuestion> EarlierAnswered { get; init; } = [];
}
