using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CustomerService.Functions.Features.Informing.Campaigns.Sources;
using CustomerService.Functions.Features.Informing.Campaigns.Store;
using CustomerService.Functions.Platform.Storage.Tables;
using CustomerService.Functions.Tests.Features.Appeals;
using CustomerService.Functions.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerService.Functions.Tests.Features.Informing.Campaigns;

/// <summary>The campaign API over HTTP: refusals before anything is stored, approval first, ETags, transitions.</summary>
[Collection(AppealsCollection.Name)]
public sealed class CampaignApiTests : IAsyncLifetime
{
    private readonly TestRecipientLists _lists = new();
    private TestApp _app = null!;
    private readonly Dictionary<string, string> _tokens = [];

    public async Task InitializeAsync()
    {
        _app = await AppealsHost.StartAsync(CustomerService.Functions.Features.Appeals.Organizations.OrganizationIds.MupesDivnogorsk, configure: builder => builder.Services.AddSingleton<ICampaignRecipients>(_lists));
        foreach (var user in new[] { "operator", "head-of-unit", "administrator" }) _tokens[user] = await AppealsHost.SignInAsync(_app, user);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_bad_request_is_refused_with_field_messages_and_nothing_is_stored()
    {
        var name = "Плохая рассылка " + Guid.NewGuid().ToString("N");
        var body = Body(_lists.Add([TestRecipientLists.Customer(1)]), name);
        body["scenarioId"] = "noSuchScenario";
        body["endAt"] = body["startAt"]!.GetValue<string>();
        body["channels"] = new JsonArray("sms", "fax");
        body["quietHours"] = new JsonObject { ["from"] = "25:00", ["until"] = "09:00" };

        var problem = await ExpectProblemAsync(await PostAsync("operator", "/api/informing/campaigns", body), 400);

        var errors = problem["errors"]!.AsObject();
        Assert.Contains("scenarioId", errors.Select(e => e.Key));
        Assert.Contains("channels", errors.Select(e => e.Key));
        Assert.Contains("quietHours.from", errors.Select(e => e.Key));
        Assert.Equal("Сценарий не найден.", errors["scenarioId"]![0]!.GetValue<string>());
        Assert.False(await AnyCampaignNamedAsync(name));
    }

    [Fact]
    public async Task An_unknown_list_an_unknown_placeholder_and_a_missing_value_are_refused()
    {
        var name = "Рассылка " + Guid.NewGuid().ToString("N");
        var body = Body("list-unknown", name);
        body["scenarioId"] = "plannedOutage";
        body["texts"] = new JsonObject { ["sms"] = "Отключение {{outageStart}} {{nosuch}}", ["emailSubject"] = "Отключение", ["emailText"] = "Текст {{outageEnd}}" };
        body["values"] = new JsonObject { ["outageStart"] = "2026-12-10T09:00", ["companyPhone"] = "8 800 000-00-00" };

        var errors = (await ExpectProblemAsync(await PostAsync("operator", "/api/informing/campaigns", body), 400))["errors"]!.AsObject();

        Assert.Equal("Список получателей не найден.", errors["recipientListId"]![0]!.GetValue<string>());
        Assert.Contains(errors["texts.sms"]!.AsArray(), m => m!.GetValue<string>().Contains("{{nosuch}}", StringComparison.Ordinal));

        body["recipientListId"] = _lists.Add([TestRecipientLists.Customer(1)]);
        body["texts"]!["sms"] = "Отключение {{outageStart}}";
        errors = (await ExpectProblemAsync(await PostAsync("operator", "/api/informing/campaigns", body), 400))["errors"]!.AsObject();
        Assert.Equal(["values.outageEnd"], errors.Select(e => e.Key));
        Assert.False(await AnyCampaignNamedAsync(name));
    }

    [Fact]
    public async Task A_planned_outage_notice_that_breaks_001s_rule_is_refused()
    {
        var body = Body(_lists.Add([TestRecipientLists.Customer(1)]), "Отключение");
        var start = DateTimeOffset.UtcNow.AddHours(1);
        body["startAt"] = start.ToString("O");
        body["endAt"] = start.AddHours(30).ToString("O");
        body["outage"] = new JsonObject { ["decidedAt"] = start.AddHours(-1).ToString("O"), ["startsAt"] = start.AddHours(40).ToString("O") };

        var errors = (await ExpectProblemAsync(await PostAsync("operator", "/api/informing/campaigns", body), 400))["errors"]!.AsObject();

        Assert.StartsWith("Об отключении нужно уведомить", errors["endAt"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task A_campaign_is_approved_by_the_head_before_it_starts_and_moves_only_along_its_transitions()
    {
        var created = await OkAsync(await PostAsync("operator", "/api/informing/campaigns", Body(_lists.Add([TestRecipientLists.Customer(1)]), "Жизненный цикл")), 201);
        var id = created["id"]!.GetValue<string>();
        Assert.Equal("draft", created["status"]!.GetValue<string>());

        await ExpectProblemAsync(await PostAsync("operator", $"/api/informing/campaigns/{id}/start", new JsonObject()), 409);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync("operator", $"/api/informing/campaigns/{id}/approval", new JsonObject())).StatusCode);
        await ExpectProblemAsync(await PostAsync("head-of-unit", $"/api/informing/campaigns/{id}/approval", new JsonObject(), ifMatch: "W/\"stale\""), 412);

        var approved = await OkAsync(await PostAsync("head-of-unit", $"/api/informing/campaigns/{id}/approval", new JsonObject(), ifMatch: created["eTag"]!.GetValue<string>()), 200);
        Assert.Equal("approved", approved["status"]!.GetValue<string>());
        Assert.Equal("staff:dev-head-of-unit", approved["approvedBy"]!.GetValue<string>());
        await ExpectProblemAsync(await PostAsync("operator", $"/api/informing/campaigns/{id}/resume", new JsonObject()), 409);
        Assert.Equal("running", (await OkAsync(await PostAsync("operator", $"/api/informing/campaigns/{id}/start", new JsonObject()), 200))["status"]!.GetValue<string>());
        Assert.Equal("paused", (await OkAsync(await PostAsync("operator", $"/api/informing/campaigns/{id}/pause", new JsonObject()), 200))["status"]!.GetValue<string>());
        Assert.Equal("running", (await OkAsync(await PostAsync("administrator", $"/api/informing/campaigns/{id}/resume", new JsonObject()), 200))["status"]!.GetValue<string>());
        Assert.Equal("cancelled", (await OkAsync(await PostAsync("operator", $"/api/informing/campaigns/{id}/cancel", new JsonObject()), 200))["status"]!.GetValue<string>());
        await ExpectProblemAsync(await PostAsync("operator", $"/api/informing/campaigns/{id}/resume", new JsonObject()), 409);

        var read = await OkAsync(await SendAsync("operator", new HttpRequestMessage(HttpMethod.Get, $"/api/informing/campaigns/{id}")), 200);
        Assert.Equal("cancelled", read["status"]!.GetValue<string>());
        await ExpectProblemAsync(await SendAsync("operator", new HttpRequestMessage(HttpMethod.Get, "/api/informing/campaigns/c-none")), 404);
    }

    /// <summary>A valid debt-reminder campaign over the list: starts now, ends in two days.</summary>
    public static JsonObject Body(string listId, string name) => new()
    {
        ["name"] = name,
        ["scenarioId"] = "debtNotice",
        ["recipientListId"] = listId,
        ["channels"] = new JsonArray("sms", "email"),
        ["startAt"] = DateTimeOffset.UtcNow.ToString("O"),
        ["endAt"] = DateTimeOffset.UtcNow.AddDays(2).ToString("O"),
        ["values"] = new JsonObject { ["asOfDate"] = "2026-12-01", ["companyPhone"] = "8 800 000-00-00" },
    };

    private async Task<HttpResponseMessage> PostAsync(string user, string path, JsonNode body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await SendAsync(user, request);
    }

    private Task<HttpResponseMessage> SendAsync(string user, HttpRequestMessage request)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _tokens[user]);
        return _app.Client.SendAsync(request);
    }

    private static async Task<JsonNode> OkAsync(HttpResponseMessage response, int status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"{(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }

    private static async Task<JsonNode> ExpectProblemAsync(HttpResponseMessage response, int status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"{(int)response.StatusCode} {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(text)!;
    }

    private async Task<bool> AnyCampaignNamedAsync(string name)
    {
        var tables = _app.Services.GetRequiredService<CampaignTables>();
        await tables.EnsureCreatedAsync(CancellationToken.None);
        await foreach (var _ in tables.Campaigns.QueryAsync(TableFilter.Equal("Name", name))) return true;
        return false;
    }
}
