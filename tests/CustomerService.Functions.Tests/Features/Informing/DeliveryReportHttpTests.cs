using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CustomerService.Functions.Features.Informing;
using CustomerService.Functions.Features.Informing.Delivery;
using CustomerService.Functions.Tests.Support;
using CustomerService.Functions.Tests.Support.FakeAcs;

namespace CustomerService.Functions.Tests.Features.Informing;

/// <summary>The Event Grid webhook in the real app: handshake, reports applied to the records, everything else refused.</summary>
public sealed class DeliveryReportHttpTests : IAsyncLifetime
{
    private const string Secret = "delivery-report-secret-0123456789abcdef";
    private TestApp _app = null!;
    private FakeAcsServer _acs = null!;
    private DeliveryFixture _fixture = null!;

    public async Task InitializeAsync()
    {
        _acs = await FakeAcsServer.StartAsync();
        _fixture = DeliveryFixture.For(_acs);
        _app = await TestApp.StartAsync(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = Azurite.ConnectionString,
            [InformingSettings.DeliveryReportSecret] = Secret,
        });
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _acs.DisposeAsync();
    }

    private Task<HttpResponseMessage> PostAsync(JsonNode body, string? secret = Secret) => PostRawAsync(body.ToJsonString(), secret);

    private Task<HttpResponseMessage> PostRawAsync(string body, string? secret = Secret) =>
        _app.Client.PostAsync("/api/informing/delivery-reports" + (secret is null ? "" : "?secret=" + Uri.EscapeDataString(secret)),
            new StringContent(body, Encoding.UTF8, "application/json"));

    private async Task<(DispatchRequest Request, FakeSms Sms)> SentSmsAsync()
    {
        var to = $"+7913{Random.Shared.Next(0, 9_999_999):D7}";
        var request = await _fixture.AddOutboxRowAsync("sms", to);
        await _fixture.Delivery.DeliverAsync(request, CancellationToken.None);
        return (request, _acs.Sms.Single(s => s.To == to));
    }

    [Fact]
    public async Task The_subscription_validation_handshake_echoes_the_code()
    {
        var response = await PostAsync(new JsonArray(FakeAcsEvents.SubscriptionValidation("512d38b6-c7b8-40c8-89fe-f46f9e9622b6")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("512d38b6-c7b8-40c8-89fe-f46f9e9622b6", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["validationResponse"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_sms_delivered_report_marks_the_record_and_the_outbox_row_delivered()
    {
        var (request, sms) = await SentSmsAsync();

        var response = await PostAsync(new JsonArray(FakeAcsEvents.SmsDeliveryReport(sms)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var record = Assert.Single(await _fixture.RecordsAsync(request));
        Assert.Equal((DeliveryRecord.Delivered, "Delivered"), (record.GetString(DeliveryRecord.State), record.GetString(DeliveryRecord.DeliveryStatus)));
        Assert.Equal(OutboxStates.Delivered, await _fixture.OutboxStateAsync(request));
    }

    [Fact]
    public async Task A_bounced_email_report_marks_it_failed_with_the_reason()
    {
        var address = $"ivanova.{Guid.NewGuid():N}@example.ru";
        var request = await _fixture.AddOutboxRowAsync("email", address);
        await _fixture.Delivery.DeliverAsync(request, CancellationToken.None);
        var email = _acs.Emails.Single(e => e.To[0] == address);

        var response = await PostAsync(new JsonArray(FakeAcsEvents.EmailDeliveryReport(email, "Bounced")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var record = Assert.Single(await _fixture.RecordsAsync(request));
        Assert.Equal((DeliveryRecord.Failed, "Bounced", "Mailbox unavailable."),
            (record.GetString(DeliveryRecord.State), record.GetString(DeliveryRecord.DeliveryStatus), record.GetString(DeliveryRecord.DeliveryDetails)));
        Assert.Equal(OutboxStates.Failed, await _fixture.OutboxStateAsync(request));
    }

    [Fact]
    public async Task A_report_before_acceptance_is_recorded_finds_the_record_by_its_tag_and_is_not_undone()
    {
        var to = $"+7913{Random.Shared.Next(0, 9_999_999):D7}";
        var request = await _fixture.AddOutboxRowAsync("sms", to);
        var intent = await _fixture.Store.AddIntentAsync(DeliveryRecord.NewIntent(request.MessageId, request.Day, "sms", to, DateTimeOffset.UtcNow), CancellationToken.None);
        var sms = new FakeSms("Outgoing_early", "+70000000001", to, "…", "", "", DeliveryTag.For(intent));

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(new JsonArray(FakeAcsEvents.SmsDeliveryReport(sms)))).StatusCode);
        var late = await _fixture.Store.AdvanceAsync(intent, new Dictionary<string, object> { [DeliveryRecord.State] = DeliveryRecord.Accepted }, CancellationToken.None);

        Assert.False(late);
        Assert.Equal(DeliveryRecord.Delivered, Assert.Single(await _fixture.RecordsAsync(request)).GetString(DeliveryRecord.State));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-secret-0123456789abcdef0123456789")]
    public async Task Without_the_secret_nothing_is_applied(string? secret)
    {
        var (request, sms) = await SentSmsAsync();

        var response = await PostAsync(new JsonArray(FakeAcsEvents.SmsDeliveryReport(sms)), secret);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(DeliveryRecord.Accepted, Assert.Single(await _fixture.RecordsAsync(request)).GetString(DeliveryRecord.State));
    }

    [Fact]
    public async Task Forged_reports_for_unknown_messages_or_other_recipients_are_refused_and_change_nothing()
    {
        var (request, sms) = await SentSmsAsync();
        var unknown = FakeAcsEvents.SmsDeliveryReport(sms with { MessageId = "Outgoing_forged", Tag = null });
        var otherRecipient = FakeAcsEvents.SmsDeliveryReport(sms with { To = "+79990000000" });

        var responses = new[]
        {
            await PostAsync(new JsonArray(unknown)),
            await PostAsync(new JsonArray(otherRecipient)),
            await PostAsync(new JsonArray(FakeAcsEvents.SmsDeliveryReport(sms), FakeAcsEvents.SmsDeliveryReport(sms with { MessageId = "Outgoing_forged", Tag = null }))),
        };

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.Contains("events[0].data.messageId", await responses[0].Content.ReadAsStringAsync());
        Assert.Equal(DeliveryRecord.Accepted, Assert.Single(await _fixture.RecordsAsync(request)).GetString(DeliveryRecord.State));
        Assert.Equal(OutboxStates.Sent, await _fixture.OutboxStateAsync(request));
    }

    [Fact]
    public async Task Unknown_event_types_and_malformed_bodies_are_refused()
    {
        var (_, sms) = await SentSmsAsync();
        var other = FakeAcsEvents.Event("Microsoft.Communication.SMSReceived", "/phonenumber/1", new JsonObject { ["message"] = "hi" });
        var noStatus = FakeAcsEvents.SmsDeliveryReport(sms);
        noStatus["data"]!.AsObject().Remove("deliveryStatus");

        var unknownType = await PostAsync(new JsonArray(other));
        var missingField = await PostAsync(new JsonArray(noStatus));
        var notJson = await PostRawAsync("{not json");
        var notArray = await PostAsync(FakeAcsEvents.SmsDeliveryReport(sms));

        Assert.Equal(HttpStatusCode.BadRequest, unknownType.StatusCode);
        Assert.Contains("events[0].eventType", await unknownType.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, missingField.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notArray.StatusCode);
        Assert.Equal("application/problem+json", notArray.Content.Headers.ContentType?.MediaType);
    }
}
