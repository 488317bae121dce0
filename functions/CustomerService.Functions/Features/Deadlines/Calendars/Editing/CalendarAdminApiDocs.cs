using System.Text.Json;
using CustomerService.Functions.Features.Deadlines.Api;
using CustomerService.Functions.Platform.OpenApi;

namespace CustomerService.Functions.Features.Deadlines.Calendars.Editing;

/// <summary>The calendar administration routes in /api/openapi.json; examples come from a shipped year, so they stay valid.</summary>
internal static class CalendarAdminApiDocs
{
    private const string Tag = "Administration";
    private const string Base = "/api" + CalendarAdminEndpoints.Base + "/{organizationId}";

    public static IReadOnlyList<ApiOperationDoc> All()
    {
        var shipped = ShippedCalendars.Years("ru")[0];
        var sample = shipped with { Days = shipped.Days.Take(3).ToList() };
        var view = new CalendarAdminEndpoints.YearView("mupes-divnogorsk", sample.Year, CalendarYearOrigin.Shipped, 0, CalendarYearStore.UnsavedETag, null, null, sample.Source, 247, sample.Days);
        var ifMatch = new ApiParameterDoc("If-Match", "header", "ETag из GET этого года (\"unsaved\" — год ещё не загружался; можно If-None-Match: *) / the ETag you read", Required: true);
        var etag = new Dictionary<string, string> { ["ETag"] = "Версия года для следующего If-Match / the version for the next If-Match" };
        var csv = "# Россия\ndate,kind,note\n" + string.Join("\n", sample.Days.Select(d => $"{d.Date:yyyy-MM-dd},{JsonNamingPolicy.CamelCase.ConvertName(d.Kind.ToString())},{d.Note}"));
        return
        [
            new("GET", Base, "Годы производственного календаря организации / the calendar years an organization counts on")
            {
                Tag = Tag,
                Description = "Поставляемые и загруженные годы, а также текущий и следующий год, даже если календаря на них нет (origin = null: считается только пятидневка).",
                Responses = [new(200, "Годы / the years") { Body = Json(new CalendarAdminEndpoints.YearList("mupes-divnogorsk", "Asia/Krasnoyarsk", [view])) }],
                Problems = [404],
            },
            new("GET", Base + "/{year}", "Год календаря / one year") { Tag = Tag, Responses = [new(200, "Год / the year") { Body = Json(view), Headers = etag }], Problems = [404] },
            new("PUT", Base + "/{year}", "Загрузить год календаря из файла / load a year from a file")
            {
                Tag = Tag,
                Description = "Тело — файл года: application/json (наш формат), text/csv или application/xml (производственный календарь, xmlcalendar.ru); "
                    + "для CSV и XML правовой источник — в параметре source. Ошибки — 400 с номерами строк; 412 — год сохранил кто-то другой; 428 — без If-Match; 415 — другой формат. "
                    + "Загруженный год заменяет поставляемый и действует для сроков, рассчитываемых с этого момента. См. docs/deadlines.md.",
                Parameters = [ifMatch, new("source", "query", "Правовой источник дат (для CSV и XML) / the legal source of the dates")],
                Requests = [Json(sample), new ApiBodyDoc("text/csv", new Dictionary<string, string> { ["csv"] = JsonSerializer.Serialize(csv) })],
                Responses = [new(200, "Загруженный год / the loaded year") { Body = Json(view with { Origin = CalendarYearOrigin.Edited, Version = 1, Etag = "W/\"datetime'2026-12-07T10%3A00%3A00.000Z'\"" }), Headers = etag }],
                Problems = [400, 404, 412, 413, 415, 428],
            },
            new("DELETE", Base + "/{year}", "Отменить загруженный год / withdraw a loaded year")
            {
                Tag = Tag,
                Description = "Снова действует поставляемый год (или только пятидневка). История версий сохраняется.",
                Parameters = [ifMatch],
                Responses = [new(200, "Год после отмены / the year in force afterwards") { Headers = etag }],
                Problems = [404, 409, 412, 428],
            },
            new("GET", Base + "/{year}/history", "История версий года / the year's versions, newest first") { Tag = Tag, Problems = [404] },
        ];
    }

    private static ApiBodyDoc Json<T>(T value) => ApiBodyDoc.Json(JsonSerializer.Serialize(value, DeadlineEndpoints.Json));
}
