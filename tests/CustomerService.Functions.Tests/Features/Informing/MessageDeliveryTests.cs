using CustomerService.Functions.Features.Informing.Delivery;
using CustomerService.Functions.Platform.Communication;
using CustomerService.Functions.Tests.Platform.Communication;
using CustomerService.Functions.Tests.Support;
using CustomerService.Functions.Tests.Support.FakeAcs;

namespace CustomerService.Functions.Tests.Features.Informing;

/// <summary>Delivery of outbox messages against Azurite and the fake ACS: exactly one message per recipient whatever fails.</summary>
public sealed class MessageDeliveryTests
{
    [Fact]
    public async Task An_sms_is_sent_once_recorded_and_the_outbox_row_marked_sent()
    {
        await using var acs = await FakeAcsServer.StartAsync();
        var fixture = DeliveryFixture.For(acs);
        var request = await fixture.AddOutboxRowAsync("sms", "8 (913) 123-45-67");

        var outcome = await fixture.Delivery.DeliverAsync(request, CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Sent, outcome);
        var sms = Assert.Single(acs.Sms);
        Assert.Equal("+79131234567", sms.To);
        Assert.Contains(DeliveryFixture.PublicBaseUrl + "/api/appeals/125-ФЛ/status", sms.Message);
        var record = Assert.Single(await fixture.RecordsAsync(request));
        Assert.Equal((DeliveryRecord.Accepted, sms.MessageId, sms.RepeatabilityRequestId),
            (record.GetString(DeliveryRecord.State), record.GetString(DeliveryRecord.AcsMessageId), record.GetGuid(DeliveryRecord.IdempotencyId)!.Value.ToString("D")));
        Assert.Equal(OutboxStates.Sent, await fixture.OutboxStateAsync(request));
        Assert.NotNull(await fixture.Store.FindByAcsIdAsync(sms.MessageId, CancellationToken.None));
        Assert.Equal(DeliveryOutcome.AlreadyDone, await fixture.Delivery.DeliverAsync(request, CancellationToken.None));
        Assert.Single(acs.Sms);
    }

    [Fact]
    public async Task An_email_goes_with_the_records_id_as_operation_id()
    {
        await using var acs = await FakeAcsServer.StartAsync();
        var fixture = DeliveryFixture.For(acs);
        var request = await fixture.AddOutboxRowAsync("email", "ivanova@example.ru");

        Assert.Equal(DeliveryOutcome.Sent, await fixture.Delivery.DeliverAsync(request, CancellationToken.None));

        var email = Assert.Single(acs.Emails);
        var record = Assert.Single(await fixture.RecordsAsync(request));
        Assert.Equal(record.GetGuid(DeliveryRecord.IdempotencyId)!.Value.ToString("D"), email.OperationId);
        Assert.Equal(("ivanova@example.ru", "Обращение № 125-ФЛ зарегистрировано"), (email.To[0], email.Subject));
        Assert.NotNull(await fixture.Store.FindByAcsIdAsync(email.OperationId, CancellationToken.None));
    }

    [Fact]
    public async Task Duplicate_queue_deliveries_at_once_send_one_message()
    {
        await using var acs = await FakeAcsServer.StartAsync();
        var fixture = DeliveryFixture.For(acs);
        var request = await fixture.AddOutboxRowAsync("sms", "+79131234567");

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => fixture.Delivery.DeliverAsync(request, CancellationToken.None)));

        Assert.Contains(DeliveryOutcome.Sent, outcomes);
        Assert.Single(acs.Sms);
        Assert.Single(await fixture.RecordsAsync(request));
        Assert.Equal(OutboxStates.Sent, await fixture.OutboxStateAsync(request));
    }

    [Fact]
    public async Task A_crash_after_acs_accepted_but_before_recording_does_not_send_twice()
    {
        await using var acs = await FakeAcsServer.StartAsync();
        // No client retries and a short timeout: ACS takes the message, the answer never comes, the attempt fails.
        var fixture = DeliveryFixture.For(acs, maxRetries: 0, networkTimeout: FakeAcsClients.HangTimeout);
        var request = await fixture.AddOutboxRowAsync("sms", "+79131234567");
        acs.Inject(new FakeAcsFault.AcceptThenHang());

        await Assert.ThrowsAsync<DeliveryRetryException>(() => fixture.Delivery.DeliverAsync(request, CancellationToken.None));
        Assert.Single(acs.Sms);
        Assert.Equal(DeliveryRecord.Intent, Assert.Single(await fixture.RecordsAsync(request)).GetString(DeliveryRecord.State));
        Assert.Equal(OutboxStates.Pending, await fixture.OutboxStateAsync(request));

        Assert.Equal(DeliveryOutcome.Sent, await fixture.Delivery.DeliverAsync(request, CancellationToken.None));

        var sms = Assert.Single(acs.Sms);
        var record = Assert.Single(await fixture.RecordsAsync(request));
        Assert.Equal((DeliveryRecord.Accepted, sms.MessageId, 2), (record.GetString(DeliveryRecord.State), record.GetString(DeliveryRecord.AcsMessageId), record.GetInt32(DeliveryRecord.Attempts)));
    }

    [Fact]
    public async Task An_email_crash_after_acceptance_reuses_the_operation_id()
    {
        await using var acs = await FakeAcsServer.StartAsync();
        var fixture = DeliveryFixture.For(acs, maxRetries: 0, networkTimeout: FakeAcsClients.HangTimeout);
        var request = await fixture.AddOutboxRowAsync("email", "ivanova@example.ru");
        acs.Inject(new FakeAcsFault.AcceptThenHang());

        await Assert.ThrowsAsync<DeliveryRetryException>(() => fixture.Delivery.DeliverAsync(request, CancellationToken.None));
        Assert.Equal(DeliveryOutcome.Sent, await fixture.Delivery.DeliverAsync(request, CancellationToken.None));

        Assert.Single(acs.Emails);
        Assert.True(acs.RequestCount >= 2, "the lost answer was not retried");
    }

    [Fact]
    public async Task A_429_storm_hands_the_message_back_to_the_queue_with_the_wait_and_sends_once_later()
    {
        await using var acs = await FakeAcsServer.StartAsync();
        var fixture = DeliveryFixture.For(acs, maxRetries: 1);
        var request = await fixture.AddOutboxRowAsync("sms", "+79131234567");
        acs.Inject(new FakeAcsFault.Status(429, 1), new FakeAcsFault.Status(429, 1), new FakeAcsFault.Status(500));

        var retry = await Assert.ThrowsAsync<DeliveryRetryException>(() => fixture.Delivery.DeliverAsync(request, CancellationToken.None));
        Assert.Equal(TimeSpan.FromSeconds(1), retry.RetryAfter);
        Assert.Equal(DeliveryOutcome.Sent, await fixture.Delivery.DeliverAsync(request, CancellationToken.None));

        Assert.Single(acs.Sms);
        Assert.Equal(OutboxStates.Sent, await fixture.OutboxStateAsync(request));
    }

    [Fact]
    public async Task A_refused_recipient_fails_for_good_without_retrying()
    {
        await using var acs = await FakeAcsServer.StartAsync();
        var fixture = DeliveryFixture.For(acs);
        var request = await fixture.AddOutboxRowAsync("sms", "+79131234567");
        acs.FailRecipient("+79131234567", 400);

        Assert.Equal(DeliveryOutcome.Failed, await fixture.Delivery.DeliverAsync(request, CancellationToken.None));

        Assert.Equal(DeliveryRecord.Failed, Assert.Single(await fixture.RecordsAsync(request)).GetString(DeliveryRecord.State));
        Assert.Equal(OutboxStates.Failed, await fixture.OutboxStateAsync(request));
        Assert.Equal(DeliveryOutcome.AlreadyDone, await fixture.Delivery.DeliverAsync(request, CancellationToken.None));
        Assert.Equal(1, acs.RequestCount);
    }

    [Fact]
    public async Task An_unusable_phone_number_fails_before_acs_is_called()
    {
        await using var acs = await FakeAcsServer.StartAsync();
        var fixture = DeliveryFixture.For(acs);
        var request = await fixture.AddOutboxRowAsync("sms", "звоните вечером");

        Assert.Equal(DeliveryOutcome.Failed, await fixture.Delivery.DeliverAsync(request, CancellationToken.None));

        Assert.Equal(OutboxStates.Failed, await fixture.OutboxStateAsync(request));
        Assert.Equal(0, acs.RequestCount);
    }

    [Theory]
    [InlineData("sms")]
    [InlineData("post")]
    public async Task Without_acs_settings_or_for_post_the_message_stays_pending_in_the_outbox(string channel)
    {
        await using var acs = await FakeAcsServer.StartAsync();
        var fixture = channel == "sms" ? new DeliveryFixture(CommunicationClients.None) : DeliveryFixture.For(acs);
        var request = await fixture.AddOutboxRowAsync(channel, "+79131234567");

        Assert.Equal(DeliveryOutcome.StaysInOutbox, await fixture.Delivery.DeliverAsync(request, CancellationToken.None));

        Assert.Equal(OutboxStates.Pending, await fixture.OutboxStateAsync(request));
        Assert.Empty(await fixture.RecordsAsync(request));
        Assert.Equal(0, acs.RequestCount);
    }

    [Fact]
    public async Task The_sweep_redispatches_settled_pending_rows_of_carried_channels_only()
    {
        await using var acs = await FakeAcsServer.StartAsync();
        // A day of its own in the shared Outbox table, so only this test's rows are in it.
        var now = new DateTimeOffset(2090, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(Random.Shared.Next(0, 3000)).AddHours(12);
        var time = new ManualTimeProvider(now);
        var fixture = DeliveryFixture.For(acs);
        await fixture.AddOutboxRowAsync("sms", "+79131234567", now.AddMinutes(-10));
        await fixture.AddOutboxRowAsync("email", "a@example.ru", now.AddMinutes(-3));
        await fixture.AddOutboxRowAsync("sms", "+79131234567", now.AddMinutes(-1));
        await fixture.AddOutboxRowAsync("post", "г. Дивногорск", now.AddMinutes(-10));
        var sweep = new OutboxSweepFunction(fixture.Tables, fixture.Dispatch, time);

        Assert.Equal(2, await sweep.SweepAsync(CancellationToken.None));
        Assert.Equal(0, await new OutboxSweepFunction(fixture.Tables, new DeliveryFixture(CommunicationClients.None).Dispatch, time).SweepAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData("8 (913) 123-45-67", "+79131234567")]
    [InlineData("+7 913 123 45 67", "+79131234567")]
    [InlineData("9131234567", "+79131234567")]
    [InlineData("+7 (7172) 55-55-55", "+77172555555")]
    [InlineData("+44 20 7946 0958", "+442079460958")]
    [InlineData("123", null)]
    [InlineData("8 913 12", null)]
    [InlineData("", null)]
    public void Phone_numbers_become_e164(string written, string? expected) => Assert.Equal(expected, SmsNumber.ToE164(written));
}
