using CustomerService.Functions.Platform.OpenApi;

namespace CustomerService.Functions.Features.Appeals.ApiDocs;

/// <summary>The staff workflow on one appeal (docs/appeals.md «Staff API»), with request and answer examples.</summary>
internal static class WorkflowApiDocs
{
    private const string Base = "/api/staff/appeals/{appealId}";
    private const string Tag = "Appeals (staff)";

    private static readonly ApiParameterDoc IfMatch = new("If-Match", "header",
        "`etag` из карточки: если обращение изменилось — `412`. / The card's `etag`; a changed appeal gives 412.");

    private static readonly int[] ActionProblems = [400, 404, 409, 412];

    private static ApiResponseDoc Step(string status, string @event) => new(200, "Действие записано / the step is recorded")
    {
        Body = ApiBodyDoc.Json($$"""{ "appealId": "a1b2c3d4e5f60718293a4b5c6d7e8f90", "status": "{{status}}", "event": "{{@event}}", "etag": "W/\"datetime'2026-11-20T09%3A20%3A11.5Z'\"", "eventId": "h-0639000000000000000-0" }"""),
    };

    private static ApiOperationDoc Action(string path, string summary, string role, string? request, string status, string @event) =>
        new("POST", Base + path, summary)
        {
            Tag = Tag,
            Description = $"Роль / role: {role}. Недопустимо в текущем состоянии — `409` с причиной в `detail`. / Not allowed in the state: 409 with the reason.",
            Parameters = [IfMatch],
            Requests = request is null ? [] : [ApiBodyDoc.Json(request)],
            Responses = [Step(status, @event)],
            Problems = ActionProblems,
        };

    public static IEnumerable<ApiOperationDoc> All() =>
    [
        new("GET", Base, "Карточка обращения с историей / the appeal card with its history")
        {
            Tag = Tag,
            Description = "Любая роль сотрудника. Поля обращения, вопросы, вложения, подсказки проверки, вся история и сообщения; `etag` для `If-Match`. / Any staff role.",
            Problems = [404],
        },
        Action("/classification", "Классифицировать / classify", "operator",
            """{ "code": "Т", "complexity": "A" }""", "classified", "classified"),
        Action("/assignment", "Назначить исполнителя / assign or reassign", "operator",
            """{ "executorId": "dev-executor", "executorName": "Петров П. П., инженер", "unit": "billing" }""", "assigned", "assigned"),
        Action("/information-requests", "Запросить сведения у заявителя / request information", "operator",
            """{ "question": "Пришлите, пожалуйста, фото показаний счётчика на 1 ноября." }""", "awaitingApplicant", "informationRequested"),
        Action("/answer/draft", "Подготовить проект ответа / draft the answer", "executor (the assignee)",
            """{ "text": "Счёт за октябрь пересчитан по показаниям на 25.10: сумма к оплате 1 245,30 руб.", "executorPhone": "+73914412345", "executorEmail": "petrov@mupes.example.ru" }""", "answerDrafted", "answerDrafted"),
        Action("/answer/approval", "Утвердить ответ / approve the answer", "headOfUnit", null, "answerApproved", "answerApproved"),
        Action("/answer/sending", "Отправить ответ заявителю / send the answer", "headOfUnit", null, "answerSent", "answerSent"),
        Action("/closing", "Закрыть с результатом / close with the outcome", "headOfUnit",
            """{ "outcome": "justified", "correctiveMeasures": ["Перерасчёт платы за октябрь"], "plannedDate": "2026-12-31", "notes": "Перерасчёт в счёте за ноябрь" }""", "closed", "closed"),
        Action("/non-consideration", "Решение об оставлении без рассмотрения / non-consideration decision", "operator",
            """{ "ground": "outOfCompetence", "notifyApplicant": true, "noticeText": "Вопрос относится к ведению ПАО «Россети Сибирь»: 8-800-…, r-sib.example.ru." }""", "notConsidered", "nonConsiderationDecided")
            with { Problems = [.. ActionProblems, 422] },
        Action("/faq", "Опубликовать обезличенные вопрос и ответ / publish to the FAQ", "headOfUnit",
            """{ "question": "Почему счёт больше обычного?" }""", "answerSent", "faqPublished"),
    ];
}
