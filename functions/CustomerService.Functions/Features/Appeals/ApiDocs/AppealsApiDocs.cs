using CustomerService.Functions.Features.Appeals.Intake;
using CustomerService.Functions.Platform.OpenApi;
using Microsoft.AspNetCore.OpenApi;

namespace CustomerService.Functions.Features.Appeals.ApiDocs;

/// <summary>The appeals feature's part of /api/openapi.json: <c>services.AddAppealsApiDocs()</c>.</summary>
internal static class AppealsApiDocs
{
    private const string StaffTag = "Appeals (staff)";

    public static IServiceCollection AddAppealsApiDocs(this IServiceCollection services)
    {
        services.Configure<OpenApiOptions>(ApiDocumentRegistration.DocumentName, options => options.AddSchemaTransformer(AppealSchemaEnums.ApplyAsync));
        services.AddApiOperationDocs([.. IntakeApiDocs.All(), .. WorkflowApiDocs.All(), .. Reading()]);
        // After the docs transformer, which puts the examples in place.
        return services.Configure<OpenApiOptions>(ApiDocumentRegistration.DocumentName, options => options.AddOperationTransformer(ProfileExamples.ApplyAsync));
    }

    private static IEnumerable<ApiOperationDoc> Reading() =>
    [
        new("GET", "/api/staff/journal", "Журнал обращений с фильтрами / the journal with filters, sorting and paging")
        {
            Tag = StaffTag,
            Description = "Параметры: from, to (yyyy-MM-dd), status, kind, channel, applicantKind, classification, assignee, unit, overdue, q, sort, order, pageSize, continuationToken — см. docs/appeals.md «Journal and export».",
            Responses = [new(200, "Страница журнала / a page") { Body = ApiBodyDoc.Json("""{ "total": 73, "items": [ { "registrationNumber": "125-ФЛ", "kind": "complaint", "channel": "webForm", "applicantKind": "individual", "status": "assigned", "classification": "tariffs", "classificationCode": "Т", "promisedBy": "2026-03-20", "overdue": true } ], "continuationToken": "MgAAAH…" }""") }],
            Problems = [400],
        },
        new("GET", "/api/staff/journal/export", "Журнал жалоб Ст.1–Ст.11 файлом / the complaint journal as CSV or XLSX")
        {
            Tag = StaffTag,
            Description = "`format=csv|xlsx` (обязателен) и те же фильтры, что у журнала. CSV: UTF-8 с BOM, разделитель `;`.",
            Parameters = [new("format", "query", "csv | xlsx", Required: true)],
            Problems = [400],
        },
        new("GET", "/api/outbox", "Исходящие сообщения за день / outbound messages of a day")
        {
            Tag = StaffTag,
            Description = "`date=yyyy-MM-dd` (UTC), по умолчанию сегодня. С настройками ACS сообщения отправляются через очередь `outbox-dispatch` (docs/informing.md); без них остаются здесь.",
            Problems = [400],
        },
        new("GET", "/api/staff/appeals/{appealId}/attachments", "Вложения обращения / the appeal's attachments") { Tag = StaffTag, Problems = [404] },
        new("GET", "/api/staff/appeals/{appealId}/attachments/{attachmentId}", "Скачать вложение / download an attachment") { Tag = StaffTag, Problems = [404] },
        new("GET", "/api/faq", "Вопросы и ответы (обезличенные) / the public FAQ") { Tag = "Appeals (public)" },
    ];
}
