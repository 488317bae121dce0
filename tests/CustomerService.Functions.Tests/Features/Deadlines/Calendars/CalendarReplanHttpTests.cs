using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Features.Deadlines.Timers;
using CustomerService.Functions.Tests.Features.Appeals;
using CustomerService.Functions.Tests.Features.Appeals.Organizations;
using CustomerService.Functions.Tests.Support;
using static CustomerService.Functions.Tests.Features.Appeals.AppealsHost;
using static CustomerService.Functions.Tests.Support.AdminHttp;

namespace CustomerService.Functions.Tests.Features.Deadlines.Calendars;

/// <summary>
/// Loading a calendar year moves the open deadlines counted on it: an appeal registered now, then a
/// holiday loaded on a working day before its due date — the deadline is re-planned one working day
/// later, with the holiday in its explanation, without anyone touching the appeal.
/// </summary>
[Collection(AppealsCollection.Name)]
public sealed class CalendarReplanHttpTests
{
    private const string Astana = OrganizationIds.Astanaenergosbyt;

    [Fact]
    public async Task A_holiday_loaded_before_an_open_deadline_moves_it_one_working_day_later()
    {
        var id = Guid.NewGuid().ToString("N")[..10];
        await using var app = await AppealsHost.StartAsync(Astana, configure: builder =>
        {
            OrganizationAdminHttpTests.OwnDocuments(builder);
            builder.Services.Configure<DeadlineOptions>(o =>
            {
                (o.DeadlinesTable, o.DueIndexTable, o.NotificationsTable) = ($"cr{id}Deadlines", $"cr{id}Due", $"cr{id}Notes");
                o.CalendarReplanDelay = TimeSpan.Zero;
            });
        });
        var admin = await SignInAsync(app, "administrator");
        var registered = await IntakeHttpTests.AssertRegisteredAsync(app, await app.Client.SendAsync(Post("/api/appeals", ValidBody(OrganizationProfiles.Find(Astana)!))));
        var appealId = IntakeHttpTests.AppealIdOf(registered);
        var before = await Eventually.ValueAsync(() => DeadlineAsync(app, admin, appealId), "the appeal's deadline was never planned");
        Assert.Contains("рабоч", before["explanation"]!["rule"]!.GetValue<string>());
        var due = DateOnly.FromDateTime(before["deadline"]!["due"]!.GetValue<DateTimeOffset>().DateTime);
        var clockStart = DateOnly.FromDateTime(before["clockStart"]!.GetValue<DateTimeOffset>().DateTime);
        var skipped = Skipped(before);
        var holiday = Enumerable.Range(2, due.DayNumber - clockStart.DayNumber - 2).Select(clockStart.AddDays)
            .First(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !skipped.Contains(d.ToString("yyyy-MM-dd")));

        // The year as it stands (shipped days, if any) plus the new holiday, so nothing else changes.
        var path = $"/api/admin/calendars/{Astana}/{holiday.Year}";
        var year = await SendAsync(app, HttpMethod.Get, path, admin);
        var days = year.Body["days"]!.AsArray().Select(d => d!.DeepClone()).Append(new JsonObject { ["date"] = holiday.ToString("yyyy-MM-dd"), ["kind"] = "holiday", ["note"] = "тест" });
        var file = new JsonObject { ["year"] = holiday.Year, ["source"] = "Тест: перенос", ["days"] = new JsonArray([.. days]) };
        var loaded = await SendAsync(app, HttpMethod.Put, path, admin, file.ToJsonString(), ifMatch: year.ETag);
        Assert.Equal(HttpStatusCode.OK, loaded.Status);

        var after = await Eventually.ValueAsync(async () => await DeadlineAsync(app, admin, appealId) is { } d && d["version"]!.GetValue<long>() > before["version"]!.GetValue<long>() ? d : null,
            "the open deadline was not re-planned after the calendar year was loaded");
        Assert.Contains(holiday.ToString("yyyy-MM-dd"), Skipped(after));
        Assert.True(after["deadline"]!["due"]!.GetValue<DateTimeOffset>() > before["deadline"]!["due"]!.GetValue<DateTimeOffset>());
    }

    private static IReadOnlyList<string> Skipped(JsonNode details) => details["explanation"]!["nonWorkingDaysSkipped"]!.AsArray().Select(d => d!.GetValue<string>()).ToList();

    private static async Task<JsonNode?> DeadlineAsync(TestApp app, string token, string appealId)
    {
        var response = await SendAsync(app, HttpMethod.Get, $"/api/staff/deadlines/{appealId}", token);
        return response.Status == HttpStatusCode.OK ? response.Body : null;
    }
}
