using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Tests.Features.Appeals;
using CustomerService.Functions.Tests.Features.Appeals.Organizations;
using CustomerService.Functions.Tests.Support;
using static CustomerService.Functions.Tests.Features.Appeals.AppealsHost;
using static CustomerService.Functions.Tests.Support.AdminHttp;

namespace CustomerService.Functions.Tests.Features.Deadlines.Calendars;

/// <summary>
/// Administrators load production-calendar years from files (JSON, CSV, XML) into the running app and
/// withdraw them; plans count on a loaded year from the next call. Astana's 2026 is not shipped, so a
/// loaded 2026 holiday must show up in an explanation that did not skip it before.
/// </summary>
[Collection(AppealsCollection.Name)]
public sealed class CalendarAdminHttpTests
{
    private const string Astana = OrganizationIds.Astanaenergosbyt;
    private const string Year2026 = "/api/admin/calendars/" + Astana + "/2026";
    private const string Source = "Тестовый источник: постановление № 1";

    private static Task<TestApp> StartAsync() => AppealsHost.StartAsync(Astana, configure: OrganizationAdminHttpTests.OwnDocuments);

    private const string Csv = """
        # Казахстан, 2026 (данные теста)
        date,kind,note
        2026-03-23,holiday,Наурыз мейрамы
        2026-03-24,dayOff,"перенос выходного, тест"
        """;

    [Fact]
    public async Task A_year_loaded_from_csv_is_counted_from_the_next_plan_and_shown_with_its_source()
    {
        await using var app = await StartAsync();
        var admin = await SignInAsync(app, "administrator");
        Assert.DoesNotContain("2026-03-23", await SkippedAsync(app, admin));
        var before = await SendAsync(app, HttpMethod.Get, Year2026, admin);
        Assert.Equal(HttpStatusCode.OK, before.Status);
        Assert.Equal("\"unsaved\"", before.ETag);
        Assert.Null(before.Body["origin"]);

        var loaded = await SendAsync(app, HttpMethod.Put, Year2026 + "?source=" + Uri.EscapeDataString(Source), admin, Csv, "text/csv", ifMatch: before.ETag);

        Assert.Equal(HttpStatusCode.OK, loaded.Status);
        Assert.Equal("edited", loaded.Body["origin"]!.GetValue<string>());
        Assert.Equal(1, loaded.Body["version"]!.GetValue<int>());
        Assert.Equal(Source, loaded.Body["source"]!.GetValue<string>());
        Assert.Equal(2, loaded.Body["days"]!.AsArray().Count);
        Assert.NotEqual("\"unsaved\"", loaded.ETag);
        var skipped = await SkippedAsync(app, admin);
        Assert.Contains("2026-03-23", skipped);
        Assert.Contains("2026-03-24", skipped);
        var published = await SendAsync(app, HttpMethod.Get, "/api/deadlines/calendars/" + Astana + "/2026", token: null);
        Assert.Equal(HttpStatusCode.OK, published.Status);
        Assert.Equal(Source, published.Body["source"]!.GetValue<string>());
        var list = await SendAsync(app, HttpMethod.Get, "/api/admin/calendars/" + Astana, admin);
        Assert.Contains(list.Body["years"]!.AsArray(), y => y!["year"]!.GetValue<int>() == 2026 && y["origin"]!.GetValue<string>() == "edited");
        Assert.Contains(list.Body["years"]!.AsArray(), y => y!["year"]!.GetValue<int>() == 2025 && y["origin"]!.GetValue<string>() == "shipped");
    }

    [Fact]
    public async Task A_bad_file_answers_every_problem_with_its_line_and_stores_nothing()
    {
        await using var app = await StartAsync();
        var admin = await SignInAsync(app, "administrator");
        const string broken = "date,kind,note\n2026-03-23,holiday,Наурыз\n2026-02-30,holiday,нет такой даты\n2026-03-23,dayOff,повтор\n2026-05-01,feast,неизвестный вид\n";

        var response = await SendAsync(app, HttpMethod.Put, Year2026 + "?source=x", admin, broken, "text/csv", noneMatch: true);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("application/problem+json", response.MediaType);
        var messages = response.Body["errors"]!.AsObject().SelectMany(e => e.Value!.AsArray().Select(m => m!.GetValue<string>())).ToList();
        Assert.Contains(messages, m => m.StartsWith("строка 3:", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("строка 4:", StringComparison.Ordinal) && m.Contains("строке 2", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("строка 5:", StringComparison.Ordinal));
        var after = await SendAsync(app, HttpMethod.Get, Year2026, admin);
        Assert.Equal(0, after.Body["version"]!.GetValue<int>());
        Assert.Null(after.Body["origin"]);
    }

    [Fact]
    public async Task The_file_must_be_of_the_year_loaded_in_a_known_format_with_if_match_and_the_current_etag()
    {
        await using var app = await StartAsync();
        var admin = await SignInAsync(app, "administrator");

        var otherYear = await SendAsync(app, HttpMethod.Put, "/api/admin/calendars/" + Astana + "/2027?source=x", admin, Csv, "text/csv", noneMatch: true);
        Assert.Equal(HttpStatusCode.BadRequest, otherYear.Status);
        Assert.Contains("2026", otherYear.Body["errors"]!["year"]![0]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.PreconditionRequired, (await SendAsync(app, HttpMethod.Put, Year2026 + "?source=x", admin, Csv, "text/csv")).Status);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await SendAsync(app, HttpMethod.Put, Year2026, admin, Csv, "application/pdf", noneMatch: true)).Status);

        var first = await SendAsync(app, HttpMethod.Put, Year2026 + "?source=x", admin, Csv, "text/csv", noneMatch: true);
        Assert.Equal(HttpStatusCode.OK, first.Status);
        // A second "first load" (someone else loaded meanwhile) and a stale ETag are both refused.
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await SendAsync(app, HttpMethod.Put, Year2026 + "?source=y", admin, Csv, "text/csv", noneMatch: true)).Status);
        var second = await SendAsync(app, HttpMethod.Put, Year2026 + "?source=y", admin, Csv, "text/csv", ifMatch: first.ETag);
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await SendAsync(app, HttpMethod.Put, Year2026 + "?source=z", admin, Csv, "text/csv", ifMatch: first.ETag)).Status);
        Assert.Equal("y", (await SendAsync(app, HttpMethod.Get, Year2026, admin)).Body["source"]!.GetValue<string>());
    }

    [Fact]
    public async Task Json_and_production_calendar_xml_load_too_and_a_withdrawn_year_gives_way_to_the_shipped_one()
    {
        await using var app = await StartAsync();
        var admin = await SignInAsync(app, "administrator");
        var json = new JsonObject
        {
            ["year"] = 2025, ["source"] = "Проверка замены поставляемого года",
            ["days"] = new JsonArray(new JsonObject { ["date"] = "2025-03-24", ["kind"] = "holiday", ["note"] = "тест" }),
        }.ToJsonString();
        const string xml = """
            <calendar year="2026" lang="ru" date="2026.01.01" country="kz">
              <holidays><holiday id="1" title="Наурыз мейрамы" /></holidays>
              <days><day d="03.23" t="1" h="1" /><day d="03.28" t="3" /></days>
            </calendar>
            """;

        var replaced = await SendAsync(app, HttpMethod.Put, "/api/admin/calendars/" + Astana + "/2025", admin, json, "application/json", ifMatch: "\"unsaved\"");
        var loadedXml = await SendAsync(app, HttpMethod.Put, Year2026 + "?source=" + Uri.EscapeDataString(Source), admin, xml, "application/xml", noneMatch: true);

        Assert.Equal(HttpStatusCode.OK, replaced.Status);
        Assert.Single(replaced.Body["days"]!.AsArray());
        Assert.Equal(HttpStatusCode.OK, loadedXml.Status);
        Assert.Contains(loadedXml.Body["days"]!.AsArray(), d => d!["date"]!.GetValue<string>() == "2026-03-28" && d["kind"]!.GetValue<string>() == "working");

        var withdrawn = await SendAsync(app, HttpMethod.Delete, "/api/admin/calendars/" + Astana + "/2025", admin, ifMatch: replaced.ETag);
        Assert.Equal(HttpStatusCode.OK, withdrawn.Status);
        Assert.Equal("shipped", withdrawn.Body["origin"]!.GetValue<string>());
        Assert.True(withdrawn.Body["days"]!.AsArray().Count > 1);
        Assert.Equal(HttpStatusCode.Conflict, (await SendAsync(app, HttpMethod.Delete, "/api/admin/calendars/" + Astana + "/2025", admin, ifMatch: withdrawn.ETag)).Status);
        var history = await SendAsync(app, HttpMethod.Get, "/api/admin/calendars/" + Astana + "/2025/history", admin);
        Assert.Equal([2, 1], history.Body["versions"]!.AsArray().Select(v => v!["version"]!.GetValue<int>()));
        Assert.True(history.Body["versions"]![0]!["withdrawn"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Only_administrators_load_calendars()
    {
        await using var app = await StartAsync();
        var executor = await SignInAsync(app, "executor");
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(app, HttpMethod.Get, Year2026, executor)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(app, HttpMethod.Put, Year2026 + "?source=x", executor, Csv, "text/csv", noneMatch: true)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(app, HttpMethod.Get, Year2026, token: null)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(app, HttpMethod.Get, "/api/admin/calendars/gazprom/2026", await SignInAsync(app, "administrator"))).Status);
    }

    /// <summary>The days a 15-working-day claim received on 18 March 2026 skips (rule D-004-11).</summary>
    private static async Task<IReadOnlyList<string>> SkippedAsync(TestApp app, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/deadlines/explain") { Content = JsonContent.Create(new { kind = "claim", channel = "post", receivedAt = "2026-03-18T10:00:00+05:00" }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await app.Client.SendAsync(request);
        var plan = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(response.IsSuccessStatusCode, plan.ToJsonString());
        return plan["explanation"]!["nonWorkingDaysSkipped"]!.AsArray().Select(d => d!.GetValue<string>()).ToList();
    }
}
