using CustomerService.Functions.Platform.OpenApi;

namespace CustomerService.Functions.Features.Informing.Campaigns.Api;

/// <summary>The campaign operations in <c>/api/openapi.json</c> (docs/campaigns.md has the full walk-through).</summary>
public static class CampaignApiDocs
{
    private const string Tag = "Campaigns";
    private const string Base = "/api" + CampaignEndpoints.Route;

    public const string CreateExample = """
        {
          "name": "Плановое отключение, ул. Заводская",
          "scenarioId": "plannedOutage",
          "recipientListId": "list-2026-12-zavodskaya",
          "channels": ["sms", "email"],
          "startAt": "2026-12-08T09:00+07:00",
          "endAt": "2026-12-08T20:00+07:00",
          "quietHours": { "from": "21:00", "until": "09:00" },
          "timeZone": "Asia/Krasnoyarsk",
          "rates": { "sms": 600, "email": 30 },
          "values": { "outageStart": "2026-12-10T09:00", "outageEnd": "2026-12-10T17:00", "outageReason": "плановый ремонт линии", "companyPhone": "8 800 000-00-00" },
          "outage": { "decidedAt": "2026-12-07T10:00+07:00", "startsAt": "2026-12-10T09:00+07:00" }
        }
        """;

    public static IReadOnlyList<ApiOperationDoc> All { get; } =
    [
        new("POST", Base, "Создать рассылку (черновик) / create a campaign (draft)")
        {
            Tag = Tag,
            Description = "Сценарий, список, окно, тихие часы, скорость по каналам; всё проверяется до сохранения (400 с полями). 001: уведомление об отключении — не позднее 3 дней после решения и не позднее чем за 24 ч.",
            Requests = [ApiBodyDoc.Json(CreateExample)],
            Problems = [400],
        },
        new("GET", Base + "/{id}", "Рассылка и её ход / a campaign with live progress") { Tag = Tag, Problems = [404] },
        new("GET", Base + "/{id}/report", "Итоговый отчёт (JSON или CSV) / final report (JSON or CSV)")
        {
            Tag = Tag,
            Description = "`?format=csv`: строка на получателя — канал, адрес, состояние, причина пропуска, время отправки, попытки, ошибка (UTF-8 с BOM, `;`, защита от формул).",
            Parameters = [new ApiParameterDoc("format", "query", "json (по умолчанию) или csv")],
            Problems = [400, 404],
        },
        Action("approval", "Утвердить (начальник или администратор) / approve (head of unit or administrator)"),
        Action("start", "Запустить утверждённую / start an approved campaign"),
        Action("pause", "Приостановить / pause"),
        Action("resume", "Продолжить / resume"),
        Action("cancel", "Отменить / cancel"),
    ];

    private static ApiOperationDoc Action(string action, string summary) => new("POST", $"{Base}/{{id}}/{action}", summary)
    {
        Tag = Tag,
        Description = "Необязательный `If-Match` с ETag рассылки: 412, если она изменилась. 409, если действие недопустимо в текущем состоянии.",
        Parameters = [new ApiParameterDoc("If-Match", "header", "ETag рассылки из последнего ответа.")],
        Problems = [404, 409, 412],
    };
}
