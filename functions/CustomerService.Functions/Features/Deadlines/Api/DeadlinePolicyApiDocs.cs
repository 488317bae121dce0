using CustomerService.Functions.Platform.OpenApi;

namespace CustomerService.Functions.Features.Deadlines.Api;

/// <summary>The deadline endpoints' part of /api/openapi.json.</summary>
internal static class DeadlinePolicyApiDocs
{
    private const string Tag = "Deadlines";

    public static IEnumerable<ApiOperationDoc> All() =>
    [
        new("GET", "/api/deadlines/policies", "Политики сроков всех версий / deadline policies, every version")
        {
            Tag = Tag,
            Description = "Правила по строкам SEED_REQUIREMENTS §4 (D-00N-NN) с источником, типом дней, началом отсчёта, продлениями и уведомлениями — см. docs/deadlines.md.",
        },
        new("GET", "/api/deadlines/calendars/{organizationId}/{year}", "Производственный календарь организации на год / an organization's production calendar")
        {
            Tag = Tag,
            Description = "Часовой пояс, рабочие дни недели, праздники, переносы и сокращённые дни с правовым источником. Год без загруженного календаря — 404.",
            Responses = [new(200, "Календарь / the calendar year") { Body = ApiBodyDoc.Json("""{ "organizationId": "tatenergosbyt", "timeZone": "Europe/Moscow", "workingWeekdays": ["monday","tuesday","wednesday","thursday","friday"], "year": 2025, "source": "постановление Правительства РФ от 04.10.2024 № 1335", "workingDays": 247, "days": [ { "date": "2025-05-02", "kind": "dayOff", "note": "перенос выходного с 4 января" } ] }""") }],
            Problems = [400, 404],
        },
        new("POST", "/api/deadlines/explain", "Расчёт и объяснение срока / compute a deadline and explain it")
        {
            Tag = Tag,
            Description = "Факты обращения → срок, предельный срок, вехи (напоминания, эскалация, нарушение) и объяснение на русском: правило, начало отсчёта, пропущенные нерабочие дни, перенос по ст. 193 ГК РФ, продления, паузы.",
            Requests = [ApiBodyDoc.Json("""{ "organizationId": "astanaenergosbyt", "kind": "claim", "channel": "post", "receivedAt": "2025-03-19T10:00:00+05:00", "extensions": [ { "days": 30, "reason": "additional-study", "grantedAt": "2025-04-10T16:00:00+05:00", "grantedBy": "Иванова И. И." } ] }""")],
            Problems = [400],
        },
    ];
}
