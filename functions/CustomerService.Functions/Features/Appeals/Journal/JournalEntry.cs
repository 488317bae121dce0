using CustomerService.Functions.Features.Appeals.Intake;
using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Features.Appeals.Outbox;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Appeals.Journal;

/// <summary>One journal line as staff see it (JSON) and as the export prints it (Ст.1–Ст.11).</summary>
/// <param name="Classification">Wire name (e.g. <c>powerQuality</c>); <paramref name="ClassificationCode"/> is the journal's Cyrillic code (КЭ).</param>
/// <param name="PromisedBy">The promised answer date, <c>yyyy-MM-dd</c>.</param>
public sealed record JournalEntry(
    string RegistrationNumber, string AppealId, DateTimeOffset RegisteredAt, int Year, long Sequence,
    string ApplicantName, string Address, string Summary,
    string Kind, string Channel, string ApplicantKind, string Status,
    string? Classification, string? ClassificationCode,
    string? AssigneeId, string? AssigneeName, string? Unit,
    string PromisedBy, bool Overdue,
    DateTimeOffset? AnsweredAt, DateTimeOffset? EscalatedAt, DateTimeOffset? BranchAnsweredAt,
    string? Notes, string? ResolvedInFavourOf)
{
    public static JournalEntry From(TableEntity row, DateOnly today)
    {
        var classification = row.GetString(JournalRow.Classification);
        var status = row.GetString("Status") ?? "";
        var promisedBy = row.GetString("PromisedBy") ?? "";
        var registeredAt = row.GetDateTimeOffset("RegisteredAt") ?? default;
        return new JournalEntry(
            row.GetString("RegistrationNumber") ?? "", row.GetString("AppealId") ?? "", registeredAt,
            (int)(row.GetInt64(JournalRow.Year) ?? registeredAt.Year), long.TryParse(row.RowKey, out var sequence) ? sequence : 0,
            row.GetString("ApplicantName") ?? "", row.GetString("Address") ?? "", row.GetString("Summary") ?? "",
            row.GetString("Kind") ?? "", row.GetString("Channel") ?? "", row.GetString("ApplicantKind") ?? "", status,
            classification, WireEnum<Model.ClassificationCode>.TryParse(classification, out var code) ? code.JournalCode() : null,
            row.GetString(JournalRow.AssigneeId), row.GetString(JournalRow.AssigneeName), row.GetString(JournalRow.Unit),
            promisedBy, JournalFilter.IsOverdue(promisedBy, status, today),
            row.GetDateTimeOffset(JournalRow.AnsweredAt), row.GetDateTimeOffset(JournalRow.EscalatedAt), row.GetDateTimeOffset(JournalRow.BranchAnsweredAt),
            row.GetString(JournalRow.Notes), row.GetString(JournalRow.ResolvedInFavourOf));
    }

    /// <summary>The free-text filter: number or summary contains the text, ignoring case.</summary>
    public bool Matches(string? text) => text is null
        || RegistrationNumber.Contains(text, StringComparison.OrdinalIgnoreCase)
        || Summary.Contains(text, StringComparison.OrdinalIgnoreCase);
}
