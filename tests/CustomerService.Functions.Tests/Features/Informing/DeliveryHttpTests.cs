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
    [Fact]
    public async Task A_registered_appeals_acknowledgement_is_mailed_once_and_shown_as_sent_in_the_outbox()
    {
        await using var acs = await FakeAcsServer.StartAsync();
        var settings = Settings("mupes-divnogorsk");
        settings[CommunicationSettings.Endpoint] = acs.Endpoint.ToString();
        settings[CommunicationSettings.AccessKey] = FakeAcsServer.AccessKey;
        settings[CommunicationSettings.EmailSender] = "DoNotReply@example.ru";
        await using var app = await TestApp.StartAsync(settings);
        var address = $"ivanova.{Guid.NewGuid():N}@example.ru";
        var body = ValidBody(OrganizationProfiles.Find("mupes-divnogorsk")!);
        body["applicant"]!["email"] = address;

        var registered = await IntakeHttpTests.AssertRegisteredAsync(app, await app.Client.SendAsync(Post("/api/appeals", body)));
        var number = registered.GetProperty("registrationNumber").GetString()!;
        var appealId = IntakeHttpTests.AppealIdOf(registered);

        await Eventually.UntilAsync(() => Task.FromResult(acs.Emails.Any(e => e.To.Contains(address))), "the acknowledgement never reached ACS");
        var token = await SignInAsync(app, "operator");
        await Eventually.UntilAsync(async () => (await OutboxStateAsync(app, token, appealId)) == "sent", "the outbox row never showed as sent");
        var email = Assert.Single(acs.Emails, e => e.To.Contains(address));
        Assert.Contains(number, email.Subject);
        Assert.Equal(0, acs.RejectedSignatures);
    }

    private static async Task<string?> OutboxStateAsync(TestApp app, string token, string appealId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/outbox");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var day = JsonNode.Parse(await (await app.Client.SendAsync(request)).Content.ReadAsStringAsync())!;
        return day["messages"]!.AsArray().LastOrDefault(m => m!["appealId"]!.GetValue<string>() == appealId)?["state"]?.GetValue<string>();
    }
}
