using CustomerService.Functions.Features.Appeals.Intake;
using CustomerService.Functions.Platform.OpenApi;
using Microsoft.OpenApi;

namespace CustomerService.Functions.Features.Appeals.ApiDocs;

/// <summary>The three intake doors and the status link, with the examples of docs/appeals.md.</summary>
internal static class IntakeApiDocs
{
    /// <summary>The website example of docs/appeals.md; the consent text version is replaced by the running profile's (<see cref="ProfileExamples"/>). Tests POST every intake example.</summary>
    public const string WebsiteExample = """
        {
          "kind": "complaint",
          "applicant": {
            "kind": "individual",
            "lastName": "Иванова", "firstName": "Мария", "patronymic": "Петровна",
            "postalAddress": "663090, г. Дивногорск, ул. Заводская, д. 1, кв. 2",
            "phone": "8 (913) 123-45-67",
            "email": "ivanova@example.ru",
            "billingAccount": "0012345678"
          },
          "questions": [ { "text": "Почему счёт за октябрь вдвое больше?" }, { "text": "Когда заменят счётчик?" } ],
          "preferredReply": { "channel": "email", "language": "ru" },
          "consent": { "accepted": true, "textVersion": "mupes-2026-1" }
        }
        """;

    private const string PartnerExample = """
        {
          "kind": "informationRequest",
          "channel": "chatBot",
          "applicant": {
            "kind": "individual",
            "lastName": "Иванова", "firstName": "Мария", "patronymic": "Петровна",
            "postalAddress": "663090, г. Дивногорск, ул. Заводская, д. 1, кв. 2",
            "phone": "+79131234567",
            "billingAccount": "0012345678"
          },
          "questions": [ { "text": "Какие показания счётчика учтены в счёте за октябрь?" } ],
          "preferredReply": { "channel": "sms", "language": "ru" },
          "consent": { "accepted": true, "textVersion": "mupes-2026-1" }
        }
        """;

    private const string StaffExample = """
        {
          "kind": "claim",
          "channel": "post",
          "applicant": {
            "kind": "legalEntity",
            "organizationName": "ТСЖ «Берёзка»",
            "postalAddress": "663090, г. Дивногорск, ул. Заводская, д. 1",
            "email": "tsj-berezka@example.ru",
            "contractNumber": "Д-15/2024",
            "outgoingNumber": "15/2", "outgoingDate": "2026-01-15"
          },
          "questions": [ { "text": "Просим пересчитать плату за отопление за декабрь." } ],
          "preferredReply": { "channel": "email", "language": "ru" },
          "consent": { "accepted": true, "textVersion": "mupes-2026-1" }
        }
        """;

    private const string Created = """
        {
          "registrationNumber": "125-ФЛ",
          "registeredAt": "2026-11-20T09:15:02.3141592+00:00",
          "promisedBy": "2026-12-10",
          "promiseBasis": "14 рабочих дней (пн–пт, праздничные дни пока не учитываются)",
          "status": "registered",
          "statusUrl": "/api/appeals/125-%D0%A4%D0%9B/status?code=ASNFZ4mrze8BI0VniavN7yc0lWk6l3iaKuMS"
        }
        """;

    private const string IntakeDescription = """
        Тело — JSON (`application/json`, ≤ 256 КБ) или `multipart/form-data`: часть `appeal` с тем же JSON и до 5 файлов
        (поле `attachments`). Ошибки проверки — `400` со всеми сообщениями сразу; ничего не сохраняется и номер не занимается.
        `Idempotency-Key` делает повтор безопасным: тот же ключ и тот же запрос — исходный `201` с `Idempotent-Replayed: true`,
        другой запрос — `422`; второго обращения не будет (повтор JSON-запроса оставляет пропуск в нумерации).

        Body: JSON (≤ 256 KB) or multipart with an `appeal` part holding the same JSON plus up to 5 files. Enum values:
        `kind` informationRequest|serviceRequest|complaint|claim|proposal|review; `applicant.kind`
        individual|group|legalEntity|soleProprietor|utilityServiceProvider; `preferredReply.channel` email|sms|phone|post|customerPortal.
        Required applicant fields depend on the organization's profile (docs/appeals.md). File types are checked by content.
        """;

    private static readonly ApiParameterDoc IdempotencyKey = new(IntakeEndpoints.IdempotencyKeyHeader, "header",
        "Необязательный ключ повтора (1–100 печатных ASCII), новый UUID на обращение. / Optional retry key, a new UUID per appeal.");

    private static readonly ApiResponseDoc CreatedResponse = new(201, "Зарегистрировано / registered")
    {
        Body = ApiBodyDoc.Json(Created),
        Headers = new Dictionary<string, string>
        {
            ["Location"] = "Ссылка на статус / the status link",
            [IntakeEndpoints.ReplayedHeader] = "`true` when the answer repeats an earlier request with the same Idempotency-Key",
        },
    };

    private static readonly int[] IntakeProblems = [400, 413, 415, 422];

    public static IEnumerable<ApiOperationDoc> All() =>
    [
        Intake("/api/appeals", "Подать обращение с сайта / submit an appeal from the website", WebsiteExample,
            "Анонимно, лимит частоты на IP; канал `webForm` (поле `channel` не указывать). / Anonymous, rate-limited per IP; channel webForm."),
        Intake("/api/appeals/from-partner", "Подать обращение от партнёра / submit an appeal from a partner (chat-bot, cabinet)", PartnerExample,
            "Ключ функции партнёра в `x-functions-key`; `channel` обязателен: chatBot, customerPortal, mobileApp, messenger — из принимаемых организацией (у 001 их нет; пример — для 002). / Partner function key; channel required and accepted by the organization (001 accepts none of them; the example is for 002)."),
        Intake("/api/staff/appeals", "Зарегистрировать обращение, полученное оператором / register an offline appeal (operator)", StaffExample,
            "Роль operator; `channel` обязателен: email, phone, ivr, post, inPerson, complaintBook. / Operator role; channel required."),
        new("GET", "/api/appeals/{number}/status", "Статус обращения по ссылке / appeal status by its link")
        {
            Tag = "Appeals (public)",
            Description = "Код доступа из ссылки `statusUrl`; неверный номер, код или его отсутствие — один и тот же `404`. Персональные данные не раскрываются. / "
                + "The access code from `statusUrl`; a wrong number or code gives the same 404. No personal data.",
            Parameters = [new("code", "query", "Код доступа из `statusUrl` / the access code from `statusUrl`", Required: true)],
            Responses = [new(200, "Статус / status") { Body = ApiBodyDoc.Json("""{ "registrationNumber": "125-ФЛ", "status": "registered", "registeredAt": "2026-11-20T09:15:02.3141592+00:00", "promisedBy": "2026-12-10" }""") }],
            Problems = [404],
        },
    ];

    private static ApiOperationDoc Intake(string route, string summary, string example, string who) => new("POST", route, summary)
    {
        Tag = route.StartsWith("/api/staff", StringComparison.Ordinal) ? "Appeals (staff)" : "Appeals (public)",
        Description = who + "\n\n" + IntakeDescription,
        Parameters = [IdempotencyKey],
        Requests =
        [
            new ApiBodyDoc("application/json", new Dictionary<string, string> { ["appeal"] = example }) { Schema = AppealSchema() },
            new ApiBodyDoc("multipart/form-data", new Dictionary<string, string> { ["appealWithAttachments"] = "{ \"appeal\": " + example + ", \"attachments\": [\"(binary: Счёт за октябрь.pdf)\"] }" })
            {
                Schema = MultipartSchema(),
                Description = "curl … -F 'appeal=@appeal.json;type=application/json' -F 'attachments=@Счёт.pdf;type=application/pdf'",
            },
        ],
        Responses = [CreatedResponse],
        Problems = IntakeProblems,
    };

    /// <summary>A reference to the schema the generator derives from <see cref="AppealRequest"/> (enum lists added by <see cref="AppealSchemaEnums"/>).</summary>
    private static IOpenApiSchema AppealSchema() => new OpenApiSchemaReference(nameof(AppealRequest));

    private static OpenApiSchema MultipartSchema() => new()
    {
        Type = JsonSchemaType.Object,
        Required = new HashSet<string> { MultipartIntake.AppealPart },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            [MultipartIntake.AppealPart] = new OpenApiSchemaReference(nameof(AppealRequest)),
            [MultipartIntake.AttachmentsField] = new OpenApiSchema
            {
                Type = JsonSchemaType.Array,
                Description = "До 5 файлов (по умолчанию 10 МБ каждый, 25 МБ всего; PDF, изображения, офисные документы, текст) / up to 5 files",
                Items = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
            },
        },
    };
}
