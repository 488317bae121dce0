using CustomerService.Functions.Platform.OpenApi;

namespace CustomerService.Functions.Features.Informing.Content;

/// <summary>Recipient lists and opt-outs in /api/openapi.json.</summary>
internal static class RecipientListApiDocs
{
    private const string Tag = "Informing (staff)";

    private const string Csv = "Лицевой счёт;ФИО;Сумма;Телефон;E-mail;Адрес\n0012345678;Иванова Мария Петровна;1234,50;8 (913) 123-45-67;ivanova@example.ru;г. Дивногорск, ул. Заводская, д. 1\n";

    public static IEnumerable<ApiOperationDoc> All() =>
    [
        new("POST", "/api/informing/recipient-lists", "Загрузить список получателей из биллинга (CSV) / upload a recipient list")
        {
            Tag = Tag,
            Description = "CSV в теле (text/csv) или в поле `file` формы multipart; UTF-8 (с BOM и без), Windows-1251, UTF-16; разделитель `;` или `,`; заголовок распознаётся. "
                + "Ответ: сводка и отчёт об отклонённых строках (строка, поле, сообщение). См. docs/recipient-lists.md.",
            Requests = [new ApiBodyDoc("text/csv", new Dictionary<string, string> { ["example"] = System.Text.Json.JsonSerializer.Serialize(Csv) })],
            Parameters = [new("name", "query", "Название списка / list name")],
            Responses = [new(201, "Список сохранён / stored") { Headers = new Dictionary<string, string> { ["Location"] = "Адрес списка / the list's URL" } }],
            Problems = [400, 413],
        },
        new("POST", "/api/informing/recipient-lists/from-appeals", "Список получателей из реестра обращений / a recipient list selected from the appeals register")
        {
            Tag = Tag,
            Description = "Заявители обращений, отобранных фильтрами журнала (`from`, `to`, `kind`, `channel`, `classification`, `status`, `applicantKind`, `assignee`, `unit`, `overdue`, `q` — как в `GET /api/staff/journal`), "
                + "с теми же проверками, объединением по лицевому счёту, реестром отказов и отчётом, что и загруженный файл; обращение без лицевого счёта указывается в отчёте по номеру. "
                + "Канал — способ ответа, выбранный в обращении. См. docs/recipient-lists.md.",
            Parameters = [new("name", "query", "Название списка / list name"), new("from", "query", "Начало периода, yyyy-MM-dd"), new("to", "query", "Конец периода, yyyy-MM-dd"), new("q", "query", "Номер или текст вопроса")],
            Responses = [new(201, "Список сохранён / stored") { Headers = new Dictionary<string, string> { ["Location"] = "Адрес списка / the list's URL" } }],
            Problems = [400],
        },
        new("GET", "/api/informing/recipient-lists/{id}", "Сводка списка и отчёт проверки / a list's summary and validation report") { Tag = Tag, Problems = [404] },
        new("GET", "/api/informing/recipient-lists/{id}/recipients", "Получатели списка постранично / the list's recipients, page by page")
        {
            Tag = Tag, Parameters = [new("continuation", "query", "Токен из предыдущей страницы / token from the previous page"), new("pageSize", "query", "1–1000, по умолчанию 500")],
            Problems = [400, 404],
        },
        new("POST", "/api/informing/opt-outs", "Отказ клиента от оповещений / record an opt-out")
        {
            Tag = Tag, Requests = [ApiBodyDoc.Json("""{ "phone": "8 913 123-45-67", "email": null, "account": null, "reason": "Просьба клиента по телефону" }""")], Problems = [400],
        },
        new("DELETE", "/api/informing/opt-outs", "Снять отказ от оповещений / withdraw an opt-out")
        {
            Tag = Tag, Parameters = [new("phone", "query", "Телефон"), new("email", "query", "E-mail"), new("account", "query", "Лицевой счёт")], Problems = [400],
        },
    ];
}
