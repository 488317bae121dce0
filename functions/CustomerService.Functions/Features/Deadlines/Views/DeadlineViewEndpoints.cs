using System.Globalization;
using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Features.Appeals.Registration;
using CustomerService.Functions.Features.Deadlines.Timers;
using CustomerService.Functions.Platform.Hosting.Catalogue;
using CustomerService.Functions.Platform.Http;
using CustomerService.Functions.Platform.Security;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Deadlines.Views;

/// <summary>
/// Staff views over the deadlines register: the due-soon, overdue and escalated lists (per
/// executor and unit, JSON or CSV), one appeal's deadline with the planner's explanation, the
/// timeliness report, and the caller's reminders and escalations.
/// </summary>
public static class DeadlineViewEndpoints
{
    private const int MaxItems = 1000;
    private const int MaxNotifications = 200;

    public static RouteGroupBuilder MapDeadlineViews(this RouteGroupBuilder api)
    {
        api.MapGet("/staff/deadlines", ListAsync).RequireAuthorization(StaffPolicies.Staff).AsFunction("DeadlineList", FunctionAuthLevel.Anonymous);
        api.MapGet("/staff/deadlines/{appealId}", DetailsAsync).RequireAuthorization(StaffPolicies.Staff).AsFunction("DeadlineDetails", FunctionAuthLevel.Anonymous);
        api.MapGet("/staff/reports/timeliness", ReportAsync).RequireAuthorization(StaffPolicies.Staff).AsFunction("TimelinessReport", FunctionAuthLevel.Anonymous);
        api.MapGet("/staff/notifications", NotificationsAsync).RequireAuthorization(StaffPolicies.Staff).AsFunction("StaffNotificationList", FunctionAuthLevel.Anonymous);
        return api;
    }

    private static async Task<IResult> ListAsync(string? view, string? executor, string? unit, string? format, DeadlineStore store, OrganizationProfile profile,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var (query, problem) = DeadlineViewQuery.Parse(view, executor, unit, format);
        if (query is null) return problem!;
        await store.EnsureCreatedAsync(cancellationToken);
        var now = time.GetUtcNow();
        var items = new List<DeadlineItem>();
        await foreach (var row in store.Deadlines.QueryAsync(query.Filter(now), cancellationToken: cancellationToken))
        {
            var record = DeadlineRecord.From(row);
            if (query.Keeps(record)) items.Add(DeadlineItem.From(record, now));
            if (items.Count == MaxItems) break;
        }
        items.Sort((a, b) => a.Due.CompareTo(b.Due));
        return query.Csv
            ? TypedResults.File(DeadlineCsv.Items(items, profile.TimeZone), DeadlineCsv.ContentType, $"deadlines-{query.View}.csv")
            : TypedResults.Json(new DeadlineList(query.View, now, items.Count == MaxItems, items), AppealRegistrar.Json);
    }

    private static async Task<IResult> DetailsAsync(string appealId, DeadlineStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!AppealIds.IsValid(appealId) || await store.ReadDeadlineAsync(appealId, cancellationToken) is not { } r)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Срок по обращению не найден.", detail: ProblemTexts.NotFound);
        return TypedResults.Json(new DeadlineDetails(DeadlineItem.From(r, time.GetUtcNow()), r.PolicyVersion, r.RuleId, r.ClockStart, r.Version,
            r.ExtensionNoticeDueBy, r.Milestones, r.Explanation), AppealRegistrar.Json);
    }

    /// <summary><c>?from=yyyy-MM-dd&amp;to=yyyy-MM-dd&amp;by=kind|channel|unit|period&amp;format=json|csv</c>; default: this month so far, by kind.</summary>
    private static async Task<IResult> ReportAsync(string? from, string? to, string? by, string? format, DeadlineStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var problems = new ValidationProblemBuilder();
        var start = ParseDate(from, new DateOnly(today.Year, today.Month, 1), "from", problems);
        var end = ParseDate(to, today, "to", problems);
        by ??= "kind";
        problems.AddIf(!TimelinessReport.Groupings.Contains(by, StringComparer.Ordinal), "by", $"Группировка: {string.Join(", ", TimelinessReport.Groupings)}.")
            .AddIf(format is not (null or "json" or "csv"), "format", "Формат: json или csv.")
            .AddIf(end < start, "to", "Конец периода раньше начала.");
        if (problems.HasErrors) return problems.ToResult();

        await store.EnsureCreatedAsync(cancellationToken);
        var filter = TableFilter.Equal("State", DeadlineRecord.Answered)
            & TableFilter.GreaterThanOrEqual("AnsweredAt", new DateTimeOffset(start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero))
            & TableFilter.LessThan("AnsweredAt", new DateTimeOffset(end.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        var rows = new List<DeadlineRecord>();
        await foreach (var row in store.Deadlines.QueryAsync(filter, cancellationToken: cancellationToken)) rows.Add(DeadlineRecord.From(row));
        var report = TimelinessReport.Build(start, end, by, rows);
        return format == "csv"
            ? TypedResults.File(DeadlineCsv.Report(report), DeadlineCsv.ContentType, $"timeliness-{by}.csv")
            : TypedResults.Json(report, AppealRegistrar.Json);
    }

    /// <summary>The caller's own reminders and those of their roles (escalations go to a role), newest first.</summary>
    private static async Task<IResult> NotificationsAsync(HttpContext context, DeadlineStore store, CancellationToken cancellationToken)
    {
        var user = context.GetStaffUser()!;
        await store.EnsureCreatedAsync(cancellationToken);
        var found = new List<StaffNotification>();
        foreach (var recipient in user.Roles.Select(StaffNotification.Role).Prepend(StaffNotification.User(user.Id)))
        {
            await foreach (var row in store.Notifications.QueryAsync(TableFilter.PartitionKeyEquals(recipient), cancellationToken: cancellationToken))
                found.Add(StaffNotification.From(row));
        }
        return TypedResults.Json(new NotificationList(found.OrderByDescending(n => n.At).Take(MaxNotifications).ToList()), AppealRegistrar.Json);
    }

    private static DateOnly ParseDate(string? text, DateOnly fallback, string field, ValidationProblemBuilder problems)
    {
        if (text is null) return fallback;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        problems.Add(field, "Укажите дату в формате ГГГГ-ММ-ДД.");
        return fallback;
    }
}

public sealed record DeadlineList(string View, DateTimeOffset At, bool Truncated, IReadOnlyList<DeadlineItem> Items);

public sealed record NotificationList(IReadOnlyList<StaffNotification> Notifications);
