using CustomerService.Functions.Platform.OpenApi;

namespace CustomerService.Functions.Features.Informing.Content;

/// <summary>Scenarios, recipient lists and opt-outs in /api/openapi.json.</summary>
internal static class InformingApiDocs
{
    private const string Tag = "Informing (staff)";
    private const string Route = "/api/informing/scenarios/{id}/{language}";

    private static readonly ApiParameterDoc IfMatch = new("If-Match", "header",
        "ETag, полученный при чтении; обязателен, если переопределение уже есть / the ETag you read; required once an override exists");

    public static IServiceCollection AddInformingApiDocs(this IServiceCollection services) => services.AddApiOperationDocs([.. Scenarios(), .. RecipientListApiDocs.All()]);

    private static IEnumerable<ApiOperationDoc> Scenarios() =>
    [
        new("GET", "/api/informing/placeholders", "Подстановки сценариев / placeholders scenarios may use") { Tag = Tag },
        new("GET", "/api/informing/scenarios", "Сценарии оповещений и их языки / message scenarios and their languages") { Tag = Tag },
        new("GET", Route, "Тексты сценария на языке / a scenario's texts in one language")
        {
            Tag = Tag, Description = "Переопределение сотрудника или поставляемый текст; без текста на языке — русский. / The staff override or the shipped texts; Russian when the language has none.",
            Problems = [404],
        },
        new("PUT", Route, "Изменить тексты сценария / save a staff override")
        {
            Tag = Tag, Description = "Тексты проверяются до сохранения: неизвестная подстановка — 400 с полем. / Texts are compiled first: an unknown placeholder is a 400 naming the field.",
            Requests = [ApiBodyDoc.Json("""{ "sms": "Долг {{amount}} по л/с {{account}} на {{asOfDate}}.", "emailSubject": "Задолженность по лицевому счёту {{account}}", "emailText": "Здравствуйте, {{nameAndPatronymic}}!\n\nЗадолженность {{amount}}.", "emailHtml": null }""")],
            Parameters = [IfMatch], Problems = [400, 404, 412, 428],
        },
        new("DELETE", Route, "Вернуть поставляемые тексты / revert to the shipped texts") { Tag = Tag, Parameters = [IfMatch with { Required = true }], Problems = [404, 412, 428] },
        new("POST", "/api/informing/scenarios/preview", "Предпросмотр: SMS (кодировка, сегменты) и письмо / preview with SMS encoding and segments")
        {
            Tag = Tag, Description = "Тексты, которые не переданы, берутся сохранённые; значения — образцы, если не переданы. / Texts left out are the saved ones; values default to the samples.",
            Requests = [ApiBodyDoc.Json("""{ "scenarioId": "debtNotice", "language": "ru", "values": { "amount": "1234.50", "asOfDate": "2026-12-01" } }""")],
            Problems = [400],
        },
    ];
}
