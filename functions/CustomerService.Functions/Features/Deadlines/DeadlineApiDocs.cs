using CustomerService.Functions.Platform.OpenApi;

namespace CustomerService.Functions.Features.Deadlines;

/// <summary>The timer engine's part of /api/openapi.json.</summary>
internal static class DeadlineApiDocs
{
    private const string Tag = "Deadlines (staff)";

    public static IServiceCollection AddDeadlineApiDocs(this IServiceCollection services) => services.AddApiOperationDocs(
    [
        new("POST", "/api/staff/appeals/{appealId}/extensions", "Продлить срок ответа / extend the answer deadline")
        {
            Tag = Tag,
            Description = "Тело: `{ \"reason\": \"complexity\", \"days\": 10 }`. Пределы (длина, число продлений, причины) — правила организации; отказ — 422 с сообщениями по полям. Уведомление заявителю уходит в исходящие сразу и записывается в историю.",
            Problems = [400, 404, 409, 412, 422],
        },
        new("GET", "/api/staff/deadlines", "Сроки: скоро, просрочены, эскалированы / deadlines due soon, overdue, escalated")
        {
            Tag = Tag,
            Description = "`view=dueSoon|overdue|escalated` (обязателен), `executor`, `unit`, `format=json|csv`.",
            Parameters = [new("view", "query", "dueSoon | overdue | escalated", Required: true)],
            Problems = [400],
        },
        new("GET", "/api/staff/deadlines/{appealId}", "Срок обращения с объяснением / one appeal's deadline, milestones and explanation") { Tag = Tag, Problems = [404] },
        new("GET", "/api/staff/reports/timeliness", "Исполнительность и время ответа / on-time share and answer time percentiles")
        {
            Tag = Tag,
            Description = "`from`, `to` (yyyy-MM-dd, по дате ответа), `by=kind|channel|unit|period`, `format=json|csv`.",
            Problems = [400],
        },
        new("GET", "/api/staff/notifications", "Напоминания и эскалации сотрудника / the caller's reminders and escalations") { Tag = Tag },
    ]);
}
