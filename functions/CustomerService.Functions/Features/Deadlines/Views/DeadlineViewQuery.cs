using CustomerService.Functions.Features.Deadlines.Timers;
using CustomerService.Functions.Platform.Http;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Deadlines.Views;

/// <summary>
/// <c>?view=dueSoon|overdue|escalated&amp;executor=&amp;unit=&amp;format=json|csv</c>: which open
/// deadlines to list. Due soon = due within <see cref="DueSoonWindow"/>; overdue = past due and
/// not paused; escalated = escalated at least once and still open.
/// </summary>
public sealed record DeadlineViewQuery(string View, string? Executor, string? Unit, bool Csv)
{
    public static readonly TimeSpan DueSoonWindow = TimeSpan.FromDays(2);
    public static readonly string[] Views = ["dueSoon", "overdue", "escalated"];

    public static (DeadlineViewQuery? Query, IResult? Problem) Parse(string? view, string? executor, string? unit, string? format)
    {
        var problems = new ValidationProblemBuilder()
            .AddIf(view is null || !Views.Contains(view, StringComparer.Ordinal), "view", $"Укажите список: {string.Join(", ", Views)}.")
            .AddIf(format is not (null or "json" or "csv"), "format", "Формат: json или csv.");
        return problems.HasErrors
            ? (null, problems.ToResult())
            : (new DeadlineViewQuery(view!, Blank(executor), Blank(unit), format == "csv"), null);
    }

    /// <summary>The server-side filter (open rows only; the list is bounded by what is open, not by the register's history).</summary>
    public TableFilter Filter(DateTimeOffset now)
    {
        var filter = TableFilter.Equal("State", DeadlineRecord.Open);
        filter &= View switch
        {
            "dueSoon" => TableFilter.GreaterThanOrEqual("Due", now) & TableFilter.LessThanOrEqual("Due", now + DueSoonWindow),
            "overdue" => TableFilter.LessThan("Due", now),
            _ => TableFilter.Equal("Escalated", true),
        };
        if (Executor is not null) filter &= TableFilter.Equal("ExecutorId", Executor);
        if (Unit is not null) filter &= TableFilter.Equal("Unit", Unit);
        return filter;
    }

    /// <summary>Paused deadlines are neither due soon nor overdue: their clock stands still.</summary>
    public bool Keeps(DeadlineRecord record) => View == "escalated" || !record.IsPaused;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
