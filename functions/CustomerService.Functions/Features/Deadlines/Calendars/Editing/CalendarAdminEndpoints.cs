using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Features.Deadlines.Api;
using CustomerService.Functions.Platform.Hosting.Catalogue;
using CustomerService.Functions.Platform.Http;
using CustomerService.Functions.Platform.Security;
using CustomerService.Functions.Platform.Storage.Documents;

namespace CustomerService.Functions.Features.Deadlines.Calendars.Editing;

/// <summary>
/// <c>/api/admin/calendars/{organizationId}</c> (administrator): the years an organization counts
/// deadlines on, loading a year from a file (JSON, CSV, production-calendar XML) under If-Match,
/// withdrawing a loaded year, and its history (docs/deadlines.md#administrator-edits-calendar-years).
/// A save applies to plans made from the next call on; open deadlines it touches are re-planned in the
/// background (<see cref="CalendarReplanFunction"/>).
/// </summary>
public static class CalendarAdminEndpoints
{
    public const string Base = "/admin/calendars";

    /// <param name="Origin">shipped / edited; null when the year is neither (weekly schedule only).</param>
    public sealed record YearView(string OrganizationId, int Year, CalendarYearOrigin? Origin, int Version, string Etag, DateTimeOffset? ChangedAt, string? ChangedBy,
        string? Source, int WorkingDays, IReadOnlyList<CalendarDay> Days);

    public sealed record YearList(string OrganizationId, string TimeZone, IReadOnlyList<YearView> Years);

    public sealed record HistoryEntry(int Version, DateTimeOffset ChangedAt, string ChangedBy, bool Withdrawn, string? Source, int Days);

    public sealed record YearHistory(string OrganizationId, int Year, IReadOnlyList<HistoryEntry> Versions);

    public static RouteGroupBuilder MapCalendarAdmin(this RouteGroupBuilder api)
    {
        var admin = api.MapGroup(Base).RequireAuthorization(StaffPolicies.Administrator);
        admin.MapGet("/{organizationId}", ListAsync).AsFunction("AdminCalendarsList", FunctionAuthLevel.Anonymous);
        admin.MapGet("/{organizationId}/{year}", GetAsync).AsFunction("AdminCalendarsGet", FunctionAuthLevel.Anonymous);
        admin.MapPut("/{organizationId}/{year}", PutAsync).AsFunction("AdminCalendarsPut", FunctionAuthLevel.Anonymous);
        admin.MapDelete("/{organizationId}/{year}", WithdrawAsync).AsFunction("AdminCalendarsWithdraw", FunctionAuthLevel.Anonymous);
        admin.MapGet("/{organizationId}/{year}/history", HistoryAsync).AsFunction("AdminCalendarsHistory", FunctionAuthLevel.Anonymous);
        return api;
    }

    /// <summary>Shipped and loaded years, plus the current and next year even when neither has one (so the gap shows).</summary>
    private static async Task<IResult> ListAsync(string organizationId, CalendarYearStore store, IWorkingCalendars calendars, TimeProvider time, CancellationToken cancellationToken)
    {
        if (OrganizationProfiles.Find(organizationId) is not { } organization || calendars.Find(organizationId) is not { } calendar) return NotFound();
        var thisYear = calendar.LocalDate(time.GetUtcNow()).Year;
        var stored = (await store.ListAsync(cancellationToken)).Where(d => d.Id.StartsWith(organizationId + ".", StringComparison.Ordinal)).Select(d => d.Value.Year);
        var years = calendar.Years.Select(y => y.Year).Concat(stored).Append(thisYear).Append(thisYear + 1).Distinct().Order();
        var views = new List<YearView>();
        foreach (var year in years) views.Add(View(await store.GetAsync(organization, year, cancellationToken), calendar));
        return TypedResults.Json(new YearList(organizationId, calendar.TimeZoneId, views), DeadlineEndpoints.Json);
    }

    private static async Task<IResult> GetAsync(string organizationId, int year, HttpContext context, CalendarYearStore store, IWorkingCalendars calendars, CancellationToken cancellationToken)
    {
        if (OrganizationProfiles.Find(organizationId) is not { } organization || calendars.Find(organizationId) is not { } calendar || !InRange(year)) return NotFound();
        return Answer(context, await store.GetAsync(organization, year, cancellationToken), calendar);
    }

    private static async Task<IResult> PutAsync(string organizationId, int year, string? source, HttpContext context, CalendarYearStore store, ActiveCalendars active, CancellationToken cancellationToken)
    {
        if (OrganizationProfiles.Find(organizationId) is not { } organization || !InRange(year)) return NotFound();
        if (IfMatch(context) is not { } ifMatch) return PreconditionRequired();
        if (CalendarUpload.FormatOf(context.Request.ContentType) is not { } format)
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Неподдерживаемый формат файла.",
                detail: "Загрузите год календаря как application/json (наш формат), text/csv или application/xml (производственный календарь); для CSV и XML укажите источник в параметре source.");
        if (await CalendarUpload.ReadTextAsync(context.Request, cancellationToken) is not { } text)
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: ProblemTexts.TooLarge, detail: $"Файл календаря — не более {CalendarUpload.MaxBytes / 1024} КБ.");
        var parsed = CalendarUpload.Parse(format, text, source);
        if (!parsed.Succeeded) return CalendarUpload.Problems(parsed).ToResult("Календарь не загружен: исправьте строки, указанные ниже, и загрузите файл снова.");
        if (parsed.Year!.Year != year)
            return new ValidationProblemBuilder().Add("year", $"Файл содержит {parsed.Year.Year} год, а загружается {year}.").ToResult();
        return await SaveAsync(organization, StoredCalendarYear.From(parsed.Year), ifMatch, context, store, active, cancellationToken);
    }

    /// <summary>Withdraws a loaded year: the shipped year (or the weekly schedule alone) applies again; the history keeps every version.</summary>
    private static async Task<IResult> WithdrawAsync(string organizationId, int year, HttpContext context, CalendarYearStore store, ActiveCalendars active, CancellationToken cancellationToken)
    {
        if (OrganizationProfiles.Find(organizationId) is not { } organization || !InRange(year)) return NotFound();
        if (IfMatch(context) is not { } ifMatch) return PreconditionRequired();
        if ((await store.GetAsync(organization, year, cancellationToken)) is not { Origin: CalendarYearOrigin.Edited })
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Нечего отменять.", detail: $"Календарь на {year} год не загружался администратором: действует поставляемый или только пятидневка.");
        return await SaveAsync(organization, StoredCalendarYear.Withdrawal(year), ifMatch, context, store, active, cancellationToken);
    }

    private static async Task<IResult> HistoryAsync(string organizationId, int year, CalendarYearStore store, CancellationToken cancellationToken)
    {
        if (OrganizationProfiles.Find(organizationId) is null || !InRange(year)) return NotFound();
        var versions = (await store.HistoryAsync(organizationId, year, cancellationToken)).Select(r =>
        {
            var value = store.Document(r.Json);
            return new HistoryEntry(r.Version, r.ChangedAt, r.ChangedBy, value.Withdrawn, value.Source, value.Days?.Count ?? 0);
        }).ToList();
        return TypedResults.Json(new YearHistory(organizationId, year, versions), DeadlineEndpoints.Json);
    }

    private static async Task<IResult> SaveAsync(OrganizationProfile organization, StoredCalendarYear value, string ifMatch, HttpContext context, CalendarYearStore store, ActiveCalendars active, CancellationToken cancellationToken)
    {
        try
        {
            var saved = await store.SaveAsync(organization, value, ifMatch, context.GetStaffUser()!.Id, cancellationToken);
            active.Accept(organization.Id, value);
            // Open deadlines counted on the old year move in the background (absent when the app runs without the timer engine).
            if (context.RequestServices.GetService<CalendarReplanQueue>() is { } replan)
                await replan.RequestAsync(new CalendarReplanRequest(organization.Id, value.Year), cancellationToken);
            return Answer(context, saved, active.Find(organization.Id)!);
        }
        catch (DocumentConflictException)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: "Календарь изменился.",
                detail: "Этот год календаря сохранил кто-то другой, пока вы его готовили: загрузите его заново (GET) и повторите с новым ETag.");
        }
    }

    private static IResult Answer(HttpContext context, EditableCalendarYear year, WorkingCalendar calendar)
    {
        context.Response.Headers.ETag = year.ETag;
        return TypedResults.Json(View(year, calendar), DeadlineEndpoints.Json);
    }

    private static YearView View(EditableCalendarYear y, WorkingCalendar calendar) => new(
        y.OrganizationId, y.YearNumber, y.Origin, y.Version, y.ETag, y.ChangedAt, y.ChangedBy, y.Year?.Source,
        new WorkingCalendar(calendar.Id, calendar.TimeZoneId, calendar.WorkingWeekdays, y.Year is { } year ? [year] : []).WorkingDaysBetween(new DateOnly(y.YearNumber - 1, 12, 31), new DateOnly(y.YearNumber, 12, 31)),
        y.Year?.Days ?? []);

    private static bool InRange(int year) => year is >= 1990 and <= 2100;

    private static string? IfMatch(HttpContext context) =>
        context.Request.Headers.IfMatch.ToString() is { Length: > 0 } value ? value
        : context.Request.Headers.IfNoneMatch.ToString() == "*" ? CalendarYearStore.UnsavedETag : null;

    private static IResult NotFound() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Календарь не найден.", detail: "Нет такой организации или год вне 1990–2100.");

    private static IResult PreconditionRequired() =>
        TypedResults.Problem(statusCode: StatusCodes.Status428PreconditionRequired, title: "Нужен заголовок If-Match.",
            detail: "Загрузка года требует If-Match с ETag из GET этого года («\"unsaved\"» или If-None-Match: * — если год ещё не загружался).");
}
