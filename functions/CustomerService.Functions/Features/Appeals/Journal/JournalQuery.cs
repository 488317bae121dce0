using CustomerService.Functions.Features.Appeals.Model;

namespace CustomerService.Functions.Features.Appeals.Journal;

public enum JournalSortField
{
    RegisteredAt,
    Number,
    Status,
    Kind,
}

/// <summary>
/// What a staff member asks of the journal, already validated: a period of local dates of the
/// organization, optional sets of allowed values per column (empty = any), and the order.
/// </summary>
public sealed record JournalQuery
{
    public required DateOnly From { get; init; }
    public required DateOnly To { get; init; }
    public IReadOnlyList<AppealStatus> Statuses { get; init; } = [];
    public IReadOnlyList<AppealKind> Kinds { get; init; } = [];
    public IReadOnlyList<Channel> Channels { get; init; } = [];
    public IReadOnlyList<ClassificationCode> Classifications { get; init; } = [];
    public IReadOnlyList<ApplicantKind> ApplicantKinds { get; init; } = [];
    public string? Assignee { get; init; }
    public string? Unit { get; init; }

    /// <summary>True: only overdue rows; false: only rows that are not overdue; null: both.</summary>
    public bool? Overdue { get; init; }

    /// <summary>Case-insensitive text matched in memory against the number and the summary.</summary>
    public string? Text { get; init; }

    public JournalSortField Sort { get; init; } = JournalSortField.RegisteredAt;
    public bool Descending { get; init; }

    /// <summary>
    /// Every criterion that decides which rows and in which order, as one canonical string:
    /// a continuation token is bound to it so it cannot be replayed against another query.
    /// </summary>
    public string Fingerprint() => string.Join('|',
        From.ToString("O"), To.ToString("O"), string.Join(',', Statuses), string.Join(',', Kinds), string.Join(',', Channels),
        string.Join(',', Classifications), string.Join(',', ApplicantKinds), Assignee, Unit, Overdue, Text, Sort, Descending);
}
