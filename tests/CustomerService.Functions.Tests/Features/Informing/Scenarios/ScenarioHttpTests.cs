using System.Net;
using System.Text.Json;

namespace CustomerService.Functions.Tests.Features.Informing.Scenarios;

/// <summary>Scenario editing over real HTTP against Azurite. Each test edits its own scenario and language: overrides are shared rows.</summary>
public sealed class ScenarioHttpTests(InformingApp host) : IClassFixture<InformingApp>
{
    private static readonly object Edited = new
    {
        sms = "Обращение {{registrationNumber}} принято.",
        emailSubject = "Обращение {{registrationNumber}}",
        emailText = "Здравствуйте, {{nameAndPatronymic}}!\n\nОбращение {{registrationNumber}} принято.",
    };

    [Fact]
    public async Task Placeholders_are_listed_for_staff_only_with_formatted_samples()
    {
        // A fresh client: the shared one carries the development sign-in cookie.
        using var anonymous = new HttpClient { BaseAddress = host.App.Address };
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/informing/placeholders")).StatusCode);
        var (response, body) = await host.SendAsync(HttpMethod.Get, "/api/informing/placeholders", "operator");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var amount = body.EnumerateArray().Single(p => p.GetProperty("name").GetString() == "amount");
        Assert.Equal(("money", "1\u00A0234,50\u00A0₽"), (amount.GetProperty("kind").GetString(), amount.GetProperty("sample").GetString()));
        Assert.Contains(body.EnumerateArray(), p => p.GetProperty("name").GetString() == "outageStart" && p.GetProperty("kind").GetString() == "dateTime");
    }

    [Fact]
    public async Task Shipped_texts_are_served_and_a_language_without_texts_falls_back_to_russian()
    {
        var (response, body) = await host.SendAsync(HttpMethod.Get, "/api/informing/scenarios/debtNotice/ru", "operator");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.ETag);
        Assert.Equal(("shipped", "ru"), (body.GetProperty("source").GetString(), body.GetProperty("contentLanguage").GetString()));
        Assert.Contains("{{amount}}", body.GetProperty("sms").GetString());

        var (_, kazakh) = await host.SendAsync(HttpMethod.Get, "/api/informing/scenarios/debtNotice/kk", "operator");
        Assert.Equal(("kk", "ru"), (kazakh.GetProperty("language").GetString(), kazakh.GetProperty("contentLanguage").GetString()));

        Assert.Equal(HttpStatusCode.NotFound, (await host.SendAsync(HttpMethod.Get, "/api/informing/scenarios/nosuch/ru", "operator")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.SendAsync(HttpMethod.Get, "/api/informing/scenarios/debtNotice/de", "operator")).Response.StatusCode);
    }

    [Fact]
    public async Task An_override_is_created_changed_under_if_match_and_reverted()
    {
        const string path = "/api/informing/scenarios/appealAcknowledgement/tt";
        await host.ForgetOverrideAsync("appealAcknowledgement", "tt");
        var (created, body) = await host.SendAsync(HttpMethod.Put, path, "administrator", Edited);
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var etag = created.Headers.ETag!.ToString();
        Assert.Equal(("override", "tt", etag, "dev-administrator"), (body.GetProperty("source").GetString(), body.GetProperty("contentLanguage").GetString(),
            body.GetProperty("etag").GetString(), body.GetProperty("updatedBy").GetString()));

        var (read, stored) = await host.SendAsync(HttpMethod.Get, path, "operator");
        Assert.Equal(etag, read.Headers.ETag!.ToString());
        Assert.Equal("Обращение {{registrationNumber}} принято.", stored.GetProperty("sms").GetString());

        Assert.Equal(HttpStatusCode.PreconditionRequired, (await host.SendAsync(HttpMethod.Put, path, "administrator", Edited)).Response.StatusCode);
        var (changed, _) = await host.SendAsync(HttpMethod.Put, path, "administrator", Edited, ifMatch: etag);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag!.ToString());
        var (stale, problem) = await host.SendAsync(HttpMethod.Put, path, "administrator", Edited, ifMatch: etag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Сценарий изменился.", problem.GetProperty("title").GetString());

        var (_, list) = await host.SendAsync(HttpMethod.Get, "/api/informing/scenarios", "operator");
        var summary = list.GetProperty("scenarios").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "appealAcknowledgement");
        Assert.Contains("tt", summary.GetProperty("overriddenLanguages").EnumerateArray().Select(l => l.GetString()));

        Assert.Equal(HttpStatusCode.PreconditionFailed, (await host.SendAsync(HttpMethod.Delete, path, "administrator", ifMatch: etag)).Response.StatusCode);
        var (reverted, shipped) = await host.SendAsync(HttpMethod.Delete, path, "administrator", ifMatch: changed.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.OK, reverted.StatusCode);
        Assert.Equal(("shipped", "tt"), (shipped.GetProperty("source").GetString(), shipped.GetProperty("contentLanguage").GetString()));
    }

    [Fact]
    public async Task Two_editors_creating_the_same_override_at_once_do_not_overwrite_each_other()
    {
        const string path = "/api/informing/scenarios/answerSent/kk";
        await host.ForgetOverrideAsync("answerSent", "kk");
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => host.SendAsync(HttpMethod.Put, path, "administrator", Edited)));
        Assert.Single(results, r => r.Response.StatusCode == HttpStatusCode.OK);
        Assert.All(results.Where(r => r.Response.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.PreconditionRequired, r.Response.StatusCode));
    }

    [Fact]
    public async Task A_text_with_an_unknown_placeholder_is_refused_field_by_field_and_nothing_is_stored()
    {
        const string path = "/api/informing/scenarios/paymentDue/en";
        var bad = new { sms = "Pay {{amout}} by {{dueDate}}", emailSubject = "Reminder {{registrationNumber}}", emailText = "Text", emailHtml = "<p>{{amount</p>" };
        var (response, problem) = await host.SendAsync(HttpMethod.Put, path, "administrator", bad);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var errors = problem.GetProperty("errors");
        Assert.StartsWith("Неизвестная подстановка {{amout}}", errors.GetProperty("sms")[0].GetString());
        Assert.StartsWith("Подстановка {{registrationNumber}} недоступна", errors.GetProperty("emailSubject")[0].GetString());
        Assert.StartsWith("Не закрыта подстановка", errors.GetProperty("emailHtml")[0].GetString());

        var (_, stored) = await host.SendAsync(HttpMethod.Get, path, "operator");
        Assert.Equal("shipped", stored.GetProperty("source").GetString());
    }

    [Fact]
    public async Task Only_administrators_change_scenarios()
    {
        var (response, _) = await host.SendAsync(HttpMethod.Put, "/api/informing/scenarios/tariffChange/ru", "operator", Edited);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Preview_renders_the_saved_texts_with_values_and_counts_sms_segments()
    {
        var (response, body) = await host.SendAsync(HttpMethod.Post, "/api/informing/scenarios/preview", "operator",
            new { scenarioId = "debtNotice", language = "ru", values = new Dictionary<string, string> { ["amount"] = "98765.4", ["nameAndPatronymic"] = "<b>Анна</b>" } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sms = body.GetProperty("sms");
        Assert.Contains("98\u00A0765,40\u00A0₽", sms.GetProperty("text").GetString());
        Assert.Equal("ucs2", sms.GetProperty("encoding").GetString());
        Assert.Equal(sms.GetProperty("text").GetString()!.Length, sms.GetProperty("units").GetInt32());
        Assert.Equal(2, sms.GetProperty("segments").GetInt32());
        Assert.Contains("Здравствуйте, &lt;b&gt;Анна&lt;/b&gt;!", body.GetProperty("email").GetProperty("html").GetString());
        Assert.StartsWith("Здравствуйте, <b>Анна</b>!", body.GetProperty("email").GetProperty("text").GetString());
    }

    [Fact]
    public async Task Preview_of_draft_texts_reports_bad_placeholders_and_values_per_field()
    {
        var (response, problem) = await host.SendAsync(HttpMethod.Post, "/api/informing/scenarios/preview", "operator",
            new { scenarioId = "plannedOutage", language = "en", sms = "Outage at {{adress}}", values = new Dictionary<string, string> { ["outageStart"] = "tomorrow" } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = problem.GetProperty("errors");
        Assert.Contains("{{adress}}", errors.GetProperty("sms")[0].GetString());
        Assert.Equal("Укажите дату и время в формате ГГГГ-ММ-ДДTЧЧ:ММ.", errors.GetProperty("values.outageStart")[0].GetString());

        var (gsm, english) = await host.SendAsync(HttpMethod.Post, "/api/informing/scenarios/preview", "operator",
            new { scenarioId = "paymentDue", language = "en", sms = "Pay {{amount}} by {{dueDate}}." });
        Assert.Equal(HttpStatusCode.OK, gsm.StatusCode);
        Assert.Equal(("Pay RUB 1,234.50 by 25.12.2026.", "gsm7", 1), (english.GetProperty("sms").GetProperty("text").GetString(),
            english.GetProperty("sms").GetProperty("encoding").GetString(), english.GetProperty("sms").GetProperty("segments").GetInt32()));

        var (unknown, missing) = await host.SendAsync(HttpMethod.Post, "/api/informing/scenarios/preview", "operator", new { scenarioId = "nosuch", language = "xx" });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(["language", "scenarioId"], missing.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }
}
