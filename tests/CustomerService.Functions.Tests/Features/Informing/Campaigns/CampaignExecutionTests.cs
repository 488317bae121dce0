using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Features.Informing;
using CustomerService.Functions.Features.Informing.Campaigns.Execution;
using CustomerService.Functions.Features.Informing.Campaigns.Sources;
using CustomerService.Functions.Features.Informing.Campaigns.Store;
using CustomerService.Functions.Platform.Communication;
using CustomerService.Functions.Platform.Hosting.Catalogue;
using CustomerService.Functions.Platform.Storage.Tables;
using CustomerService.Functions.Tests.Features.Appeals;
using CustomerService.Functions.Tests.Platform.Communication;
using CustomerService.Functions.Tests.Support;
using CustomerService.Functions.Tests.Support.FakeAcs;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerService.Functions.Tests.Features.Informing.Campaigns;

/// <summary>
/// A campaign of a few thousand recipients run by the real queue functions against Azurite and
/// the fake ACS, with campaign time on a manual clock (the queues poll in real time).
/// </summary>
[Collection(AppealsCollection.Name)]
public sealed class CampaignExecutionTests : IAsyncLifetime
{
    private const string Secret = "campaign-report-secret-0123456789abcdef";
    private static readonly DateTimeOffset T0 = new(2026, 12, 8, 3, 0, 0, TimeSpan.Zero); // 10:00 in Krasnoyarsk, 06:00 in Moscow (quiet)
    private static readonly DateTimeOffset MoscowMorning = new(2026, 12, 8, 6, 0, 0, TimeSpan.Zero);
    private readonly TestRecipientLists _lists = new();
    private readonly ManualTimeProvider _clock = new(T0);
    private FakeAcsServer _acs = null!;
    private TestApp _app = null!;
    private readonly Dictionary<string, string> _tokens = [];

    public async Task InitializeAsync()
    {
        _acs = await FakeAcsServer.StartAsync();
        var settings = AppealsHost.Settings(OrganizationIds.MupesDivnogorsk);
        settings[CommunicationSettings.Endpoint] = _acs.Endpoint.ToString();
        settings[CommunicationSettings.AccessKey] = FakeAcsServer.AccessKey;
        settings[CommunicationSettings.EmailSender] = "DoNotReply@example.ru";
        settings[CommunicationSettings.SmsSender] = "+70000000001";
        settings[InformingSettings.DeliveryReportSecret] = Secret;
        settings[CampaignSettings.MaxQueueDelay] = "00:00:01";
        settings[CampaignSettings.BatchSize] = "40";
        _app = await TestApp.StartAsync(settings, builder =>
        {
            builder.Services.AddSingleton<ICampaignRecipients>(_lists);
            builder.Services.AddSingleton(new CampaignClock(_clock));
            builder.Services.AddSingleton(FakeAcsClients.For(_acs, networkTimeout: TimeSpan.FromSeconds(2)));
            // Queues of this test only: other apps on the shared Azurite must not take its messages.
            var suffix = Guid.NewGuid().ToString("N")[..10];
            builder.Services.AddSingleton(new CampaignQueueNames("cplan-" + suffix, "cdispatch-" + suffix));
            builder.Services.AddQueueFunction<CampaignPlanFunction>("TestCampaignPlan", "cplan-" + suffix);
            builder.Services.AddQueueFunction<CampaignDispatchFunction>("TestCampaignDispatch", "cdispatch-" + suffix);
        });
        foreach (var user in new[] { "operator", "head-of-unit" }) _tokens[user] = await AppealsHost.SignInAsync(_app, user);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _acs.DisposeAsync();
    }

    [Fact]
    public async Task A_mixed_campaign_with_quiet_hours_throttle_duplicates_and_faults_sends_each_recipient_one_message_and_reports_it()
    {
        var recipients = Recipients(2400);
        var listId = _lists.Add(recipients);
        var body = CampaignApiTests.Body(listId, "Напоминание о задолженности");
        body["startAt"] = T0.ToString("O");
        body["endAt"] = T0.AddDays(2).ToString("O");
        body["rates"] = new JsonObject { ["sms"] = 6000, ["email"] = 3000 };
        var id = (await OkAsync(await PostAsync("operator", "/api/informing/campaigns", body), 201))["id"]!.GetValue<string>();
        await OkAsync(await PostAsync("head-of-unit", $"/api/informing/campaigns/{id}/approval", new JsonObject()), 200);

        // Storms on the first requests, two handler-side timeouts after ACS accepted, and every planning step and batch delivered twice.
        _acs.Inject([.. Enumerable.Repeat<FakeAcsFault>(new FakeAcsFault.Status(429, 1), 40), .. Enumerable.Repeat<FakeAcsFault>(new FakeAcsFault.Status(500), 40),
            new FakeAcsFault.AcceptThenHang(), new FakeAcsFault.AcceptThenHang()]);
        await OkAsync(await PostAsync("operator", $"/api/informing/campaigns/{id}/start", new JsonObject()), 200);
        var tables = _app.Services.GetRequiredService<CampaignTables>();
        await tables.Plan.SendMessageAsync(PlanStep.First(id).ToJson());

        // Campaign time runs until just before Moscow's morning: everyone else is served, Moscow waits.
        await Eventually.UntilAsync(async () =>
        {
            Advance(TimeSpan.FromSeconds(2), MoscowMorning.AddMinutes(-30));
            var progress = (await ProgressAsync(id))!;
            return progress["planningDone"]!.GetValue<bool>() && progress["pending"]!.GetValue<long>() == Expected(recipients).MoscowSendable;
        }, "The campaign did not serve the recipients outside quiet hours.", TimeSpan.FromSeconds(120));
        var items = await ItemsAsync(tables, id);
        Assert.All(items.Where(i => i.GetString("TimeZone") == "Europe/Moscow" && i.GetString("Channel") != ""), i => Assert.Equal("pending", i.GetString("Status")));

        _clock.AdvanceTo(MoscowMorning.AddMinutes(1));
        await Eventually.UntilAsync(async () =>
        {
            Advance(TimeSpan.FromSeconds(2), MoscowMorning.AddHours(1));
            var read = await OkAsync(await GetAsync($"/api/informing/campaigns/{id}"), 200);
            return read["status"]!.GetValue<string>() == "completed";
        }, "The campaign did not complete.", TimeSpan.FromSeconds(120));

        items = await ItemsAsync(tables, id);
        var expected = Expected(recipients);
        var sentSms = items.Where(i => i.GetString("Status") == "sent" && i.GetString("Channel") == "sms").Select(i => i.GetString("Address")!).ToList();
        var sentEmail = items.Where(i => i.GetString("Status") == "sent" && i.GetString("Channel") == "email").Select(i => i.GetString("Address")!).ToList();
        Assert.Equal(expected.Sendable, sentSms.Count + sentEmail.Count);
        // Exactly one message per recipient at the fake ACS, whatever was retried or delivered twice
        // (other apps on the shared storage may send their own messages through it: only this list's addresses count).
        var phones = recipients.Select(r => r.Phone).OfType<string>().ToHashSet();
        var emails = recipients.Select(r => r.Email).OfType<string>().ToHashSet();
        Assert.Equal(sentSms.Order(), _acs.Sms.Select(s => s.To).Where(phones.Contains).Order());
        Assert.Equal(sentEmail.Order(), _acs.Emails.SelectMany(e => e.To).Where(emails.Contains).Order());
        Assert.Equal(0, _acs.RejectedSignatures);
        Assert.Contains(_acs.Sms, s => s.Message.Contains("1\u00A0234,50\u00A0₽", StringComparison.Ordinal));
        // Throttle: no item went before its slot, and the slots of each channel are spaced by its rate.
        Assert.All(items.Where(i => i.GetString("Status") == "sent"), i => Assert.True(i.GetDateTimeOffset("SentAt") >= i.GetDateTimeOffset("DueAt")));
        var smsSlots = items.Where(i => i.GetString("Channel") == "sms" && i.GetString("TimeZone") != "Europe/Moscow").Select(i => i.GetDateTimeOffset("DueAt")!.Value).ToList();
        Assert.True(smsSlots.Max() - T0 >= TimeSpan.FromMinutes((smsSlots.Count - 40) / 6000.0), "SMS slots are not spaced by the rate");
        Assert.All(items.Where(i => i.GetString("TimeZone") == "Europe/Moscow" && i.GetString("Status") == "sent"), i => Assert.True(i.GetDateTimeOffset("SentAt") >= MoscowMorning));

        var progress = (await ProgressAsync(id))!;
        Assert.Equal(recipients.Count, progress["recipients"]!.GetValue<long>());
        Assert.Equal(expected.Sendable, progress["sent"]!.GetValue<long>());
        Assert.Equal(expected.NoConsent, progress["skippedBy"]!["noConsent"]!.GetValue<long>());
        Assert.Equal(expected.OptedOut, progress["skippedBy"]!["optedOut"]!.GetValue<long>());
        Assert.Equal(expected.NoContact, progress["skippedBy"]!["noContact"]!.GetValue<long>());

        // A delivery report turns a sent SMS into delivered, in the items and the progress.
        var reported = _acs.Sms.First(s => phones.Contains(s.To));
        var report = await _app.Client.PostAsync("/api/informing/delivery-reports?secret=" + Secret,
            new StringContent(new JsonArray(FakeAcsEvents.SmsDeliveryReport(reported)).ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Equal(1, (await ProgressAsync(id))!["delivered"]!.GetValue<long>());

        var csv = await GetAsync($"/api/informing/campaigns/{id}/report?format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(recipients.Count + 1, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("\"'=HYPERLINK", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("нет согласия на рассылку", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(";delivered;", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_cancelled_campaign_sends_nothing_more_and_reports_the_rest_as_cancelled()
    {
        var recipients = Enumerable.Range(1, 300).Select(n => TestRecipientLists.Customer(n, zone: "Europe/Moscow")).ToList();
        var body = CampaignApiTests.Body(_lists.Add(recipients), "Отменённая рассылка");
        body["startAt"] = T0.ToString("O");
        body["endAt"] = T0.AddDays(2).ToString("O");
        var id = (await OkAsync(await PostAsync("operator", "/api/informing/campaigns", body), 201))["id"]!.GetValue<string>();
        await OkAsync(await PostAsync("head-of-unit", $"/api/informing/campaigns/{id}/approval", new JsonObject()), 200);
        await OkAsync(await PostAsync("operator", $"/api/informing/campaigns/{id}/start", new JsonObject()), 200);
        // Everyone is in Moscow's quiet hours: planned, pending, nothing sent.
        await Eventually.UntilAsync(async () => (await ProgressAsync(id))!["pending"]!.GetValue<long>() == 300, "Not planned.");

        await OkAsync(await PostAsync("operator", $"/api/informing/campaigns/{id}/cancel", new JsonObject()), 200);
        await Eventually.UntilAsync(async () => (await ProgressAsync(id))!["skippedBy"]?["cancelled"]?.GetValue<long>() == 300, "Pending items were not cancelled.");
        var tables = _app.Services.GetRequiredService<CampaignTables>();
        var addresses = (await ItemsAsync(tables, id)).Select(i => i.GetString("Address")).ToHashSet();
        Assert.DoesNotContain(_acs.Sms, s => addresses.Contains(s.To));
        Assert.DoesNotContain(_acs.Emails, e => e.To.Any(addresses.Contains));
    }

    private void Advance(TimeSpan step, DateTimeOffset limit)
    {
        var next = _clock.GetUtcNow() + step;
        if (next <= limit) _clock.AdvanceTo(next);
    }

    /// <summary>
    /// Mixed: Krasnoyarsk (daytime) and Moscow (quiet at T0), preferred SMS or e-mail, e-mail only,
    /// no consent, opted out, no contacts, and a billing value that starts like a formula.
    /// </summary>
    private static List<CampaignRecipient> Recipients(int count) => Enumerable.Range(1, count).Select(n => n switch
    {
        _ when n % 97 == 0 => TestRecipientLists.Customer(n, consent: false),
        _ when n % 89 == 0 => TestRecipientLists.Customer(n, optedOut: ["*"]),
        _ when n % 83 == 0 => TestRecipientLists.Customer(n, phone: false, email: false),
        _ when n % 79 == 0 => TestRecipientLists.Customer(n, preferred: "sms", optedOut: ["sms"]),
        1 => TestRecipientLists.Customer(n) with { Key = "=HYPERLINK(\"http://evil\")" },
        _ => TestRecipientLists.Customer(n, preferred: n % 2 == 0 ? "sms" : "email", zone: n % 5 == 0 ? "Europe/Moscow" : "Asia/Krasnoyarsk"),
    }).ToList();

    private sealed record Counts(int Sendable, int MoscowSendable, int NoConsent, int OptedOut, int NoContact);

    private static Counts Expected(List<CampaignRecipient> recipients)
    {
        int noConsent = 0, optedOut = 0, noContact = 0, moscow = 0;
        foreach (var r in recipients)
        {
            if (!r.Consent) noConsent++;
            else if (r.OptedOut.Contains("*")) optedOut++;
            else if (r.Phone is null && r.Email is null) noContact++;
            else if (r.TimeZoneId == "Europe/Moscow") moscow++;
        }
        return new Counts(recipients.Count - noConsent - optedOut - noContact, moscow, noConsent, optedOut, noContact);
    }

    private static async Task<List<TableEntity>> ItemsAsync(CampaignTables tables, string id)
    {
        var items = new List<TableEntity>();
        for (var shard = 0; shard < CampaignTables.Shards; shard++)
            await foreach (var item in tables.Items.QueryAsync(TableFilter.PartitionKeyEquals(CampaignTables.ItemPartition(id, shard)))) items.Add(item);
        return items;
    }

    private async Task<JsonNode?> ProgressAsync(string id) => (await OkAsync(await GetAsync($"/api/informing/campaigns/{id}"), 200))["progress"];

    private Task<HttpResponseMessage> GetAsync(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _tokens["operator"]);
        return _app.Client.SendAsync(request);
    }

    private Task<HttpResponseMessage> PostAsync(string user, string path, JsonNode body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _tokens[user]);
        return _app.Client.SendAsync(request);
    }

    private static async Task<JsonNode> OkAsync(HttpResponseMessage response, int status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"{(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }
}
