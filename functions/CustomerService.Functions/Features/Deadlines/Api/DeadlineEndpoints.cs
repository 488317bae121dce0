using System.Text.Json;
using System.Text.Json.Serialization;
using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Features.Appeals.Registration;
using CustomerService.Functions.Features.Deadlines.Calendars;
using CustomerService.Functions.Features.Deadlines.Planning;
using CustomerService.Functions.Features.Deadlines.Policies;
using CustomerService.Functions.Platform.Hosting.Catalogue;
using CustomerService.Functions.Platform.Http;
using CustomerService.Functions.Platform.Security;

namespace CustomerService.Functions.Features.Deadlines.Api;

/// <summary>
/// <c>GET /api/deadlines/policies</c> (staff): every policy version with its rules;
/// <c>GET /api/deadlines/calendars/{org}/{year}</c>: a production-calendar year;
/// <c>POST /api/deadlines/explain</c> (staff): facts in, plan with its Russian explanation out.
/// </summary>
public static class DeadlineEndpoints
{
    /// <summary>The app's JSON (camelCase, Cyrillic as text) with enums as camelCase names.</summary>
    public static readonly JsonSerializerOptions Json = new(AppealRegistrar.Json) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase), new ReadOnlySetJsonConverter() } };

    public static RouteGroupBuilder MapDeadlineEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/deadlines/policies", Policies)
            .RequireAuthorization(StaffPolicies.Staff)
            .AsFunction("DeadlinePolicies", FunctionAuthLevel.Anonymous);
        api.MapGet("/deadlines/calendars/{organizationId}/{year}", Calendar)
            .AsFunction("DeadlineCalendar", FunctionAuthLevel.Anonymous);
        api.MapPost("/deadlines/explain", Explain)
            .RequireAuthorization(StaffPolicies.Staff)
            .AsFunction("DeadlineExplain", FunctionAuthLevel.Anonymous);
        return api;
    }

    private static IResult Policies(DeadlinePlanner planner) => TypedResults.Json(new PoliciesView(planner.Policies.All), Json);

    private static IResult Calendar(string organizationId, int year, DeadlinePlanner planner)
    {
        if (OrganizationProfiles.Find(organizationId) is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: $"Организация «{organizationId}» неизвестна.");
        var calendar = planner.CalendarOf(organizationId);
        if (calendar.Year(year) is not { } shipped)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound,
                detail: $"Производственный календарь на {year} год не загружен (есть: {string.Join(", ", calendar.Years.Select(y => y.Year))}); сроки в этом году считаются по пн–пт без праздников.");
        var first = new DateOnly(year, 1, 1);
        var view = new CalendarView(organizationId, calendar.TimeZoneId, [.. calendar.WorkingWeekdays.Order()], year, shipped.Source,
            calendar.WorkingDaysBetween(first.AddDays(-1), new DateOnly(year, 12, 31)), shipped.Days);
        return TypedResults.Json(view, Json);
    }

    private static IResult Explain(ExplainRequest request, DeadlinePlanner planner, OrganizationProfile profile)
    {
        var problems = new ValidationProblemBuilder();
        var facts = request.ToFacts(profile.Id, problems);
        if (facts is null) return problems.ToResult();
        try
        {
            return TypedResults.Json(planner.Plan(facts), Json);
        }
        catch (DeadlinePolicyException e)
        {
            var field = OrganizationProfiles.Find(facts.OrganizationId) is null ? "organizationId" : facts.PolicyVersion is not null ? "policyVersion" : "kind";
            return problems.Add(field, e.Message).ToResult();
        }
    }

    public sealed record PoliciesView(IReadOnlyList<DeadlinePolicy> Policies);

    /// <param name="WorkingDays">Working days in the year by this calendar.</param>
    public sealed record CalendarView(string OrganizationId, string TimeZone, IReadOnlyList<DayOfWeek> WorkingWeekdays, int Year, string Source, int WorkingDays, IReadOnlyList<CalendarDay> Days);
}
