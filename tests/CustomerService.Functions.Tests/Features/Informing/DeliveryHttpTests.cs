using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Platform.Communication;
using CustomerService.Functions.Tests.Features.Appeals;
using CustomerService.Functions.Tests.Support;
using CustomerService.Functions.Tests.Support.FakeAcs;
using static CustomerService.Functions.Tests.Features.Appeals.AppealsHost;

namespace CustomerService.Functions.Tests.Features.Informing;

/// <summary>The whole path in the real app: intake → AppealRegistered writes the outbox row → OutboxDispatch → fake ACS.</summary>
[Collection(AppealsCollection.Name)]
public sealed class DeliveryHttpTests
{
    /// <summary>Registration's follow-up, then dispatch: two queue hops, and a retry after the 30-second visibility timeout on a loaded machine.</summary>
    private static readonly TimeSpan AcsWait = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task A_registered_appeals_acknowledgement_is_mailed_once_and_shown_as_sent_in_the_outbox()
    {
        await using var acs = await FakeAcsServer.StartAsync();
        await using var app = await TestApp.StartAsync(AcsSettings(acs));
        var address = $"ivanova.{Guid.NewGuid():N}@example.ru";
        var body = ValidBody(OrganizationProfiles.Find("mupes-divnogorsk")!);
        body["applicant"]!["email"] = address;

        var registered = await IntakeHttpTests.AssertRegisteredAsync(app, await app.Client.SendAsync(Post("/api/appeals", body)));
        var number = registered.GetProperty("registrationNumber").GetString()!;
        var appealId = IntakeHttpTests.AppealIdOf(registered);

        await Eventually.UntilAsync(() => Task.FromResult(acs.Emails.Any(e => e.To.Contains(address))), "the acknowledgement never reached ACS", AcsWait);
        var token = await SignInAsync(app, "operator");
        await Eventually.UntilAsync(async () => (await OutboxStateAsync(app, token, appealId)) == "sent", "the outbox row never showed as sent", AcsWait);
        var email = Assert.Single(acs.Emails, e => e.To.Contains(address));
        Assert.Contains(number, email.Subject);
        Assert.Equal(0, acs.RejectedSignatures);
    }

    [Fact]
    public async Task A_staff_information_request_is_sent_by_sms_too()
    {
        await using var acs = await FakeAcsServer.StartAsync();
        await using var app = await TestApp.StartAsync(AcsSettings(acs));
        var phone = $"+7913{Random.Shared.Next(0, 9_999_999):D7}";
        var body = ValidBody(OrganizationProfiles.Find("mupes-divnogorsk")!);
        body["applicant"]!["phone"] = phone;
        body["preferredReply"]!["channel"] = "sms";
        var appealId = IntakeHttpTests.AppealIdOf(await IntakeHttpTests.AssertRegisteredAsync(app, await app.Client.SendAsync(Post("/api/appeals", body))));
        await WaitForScreeningAsync(app, appealId);

        var response = await app.Client.SendAsync(Post($"/api/staff/appeals/{appealId}/information-requests",
            new JsonObject { ["question"] = "Пришлите фото счётчика." }, bearer: await SignInAsync(app, "operator")));

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        await Eventually.UntilAsync(() => Task.FromResult(acs.Sms.Count(s => s.To == phone) == 2), "the acknowledgement and the information request did not both reach ACS", AcsWait);
        Assert.Contains(acs.Sms, s => s.To == phone && s.Message.Contains("Пришлите фото счётчика."));
        Assert.Equal(2, acs.Sms.Count(s => s.To == phone));
    }

    private static Dictionary<string, string?> AcsSettings(FakeAcsServer acs)
    {
        var settings = Settings("mupes-divnogorsk");
        settings[CommunicationSettings.Endpoint] = acs.Endpoint.ToString();
        settings[CommunicationSettings.AccessKey] = FakeAcsServer.AccessKey;
        settings[CommunicationSettings.EmailSender] = "DoNotReply@example.ru";
        settings[CommunicationSettings.SmsSender] = "+70000000001";
        return settings;
    }

    private static async Task<string?> OutboxStateAsync(TestApp app, string token, string appealId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/outbox");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var day = JsonNode.Parse(await (await app.Client.SendAsync(request)).Content.ReadAsStringAsync())!;
        return day["messages"]!.AsArray().LastOrDefault(m => m!["appealId"]!.GetValue<string>() == appealId)?["state"]?.GetValue<string>();
    }
}
