namespace CustomerService.Functions.Features.Appeals.Journal;

/// <summary>
/// 001's complaint journal (SEED_REQUIREMENTS §3.1): eleven columns with the form's headers.
/// A cell is text or a date (local to the organization); an empty cell is null.
/// </summary>
public static class ComplaintJournalForm
{
    public sealed record Column(string Code, string Header, int Width, bool IsDate);

    public static readonly IReadOnlyList<Column> Columns =
    [
        new("Ст.1", "№", 14, false),
        new("Ст.2", "Дата поступления жалобы", 14, true),
        new("Ст.3", "Фамилия, имя, отчество заявителя (наименование предприятия)", 36, false),
        new("Ст.4", "Адрес", 36, false),
        new("Ст.5", "Краткое содержание жалобы", 60, false),
        new("Ст.6", "Классификация жалобы, обращения", 16, false),
        new("Ст.7", "Кому (куда) передано на исполнение", 30, false),
        new("Ст.8", "Дата предоставления ответа заявителю", 16, true),
        new("Ст.9", "Дата отправки на исполнение жалобы, обращения", 16, true),
        new("Ст.10", "Дата получения ответа заявителя", 16, true),
        new("Ст.11", "Примечание", 40, false),
    ];

    /// <summary>The line's cells in column order: <see cref="string"/>, <see cref="DateOnly"/> or null.</summary>
    public static object?[] Cells(JournalEntry e, TimeZoneInfo zone) =>
    [
        e.RegistrationNumber,
        Local(e.RegisteredAt, zone),
        e.ApplicantName,
        e.Address,
        e.Summary,
        e.ClassificationCode,
        e.AssigneeName,
        Local(e.AnsweredAt, zone),
        Local(e.EscalatedAt, zone),
        Local(e.BranchAnsweredAt, zone),
        Note(e),
    ];

    private static DateOnly? Local(DateTimeOffset? instant, TimeZoneInfo zone) =>
        instant is { } at ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime) : null;

    /// <summary>Ст.11: what was done, and in whose favour it was resolved.</summary>
    private static string? Note(JournalEntry e) => (e.Notes, e.ResolvedInFavourOf) switch
    {
        (null, null) => null,
        ({ } notes, null) => notes,
        (null, { } favour) => $"Решено в пользу: {favour}",
        ({ } notes, { } favour) => $"{notes} Решено в пользу: {favour}",
    };
}
