using Azure.Core;
using CustomerService.Functions.Platform.Communication;
using CustomerService.Functions.Platform.Communication.Sms;
using CustomerService.Functions.Tests.Support.FakeAcs;

namespace CustomerService.Functions.Tests.Platform.Communication;

/// <summary>The SMS client against the fake ACS over real HTTP: signing, per-recipient results, retries and repeatability.</summary>
public sealed class SmsClientTests
{
    private static SmsSendRequest Request(params string[] to) =>
        new("+70000000001", "Ваше обращение 125-ФЛ зарегистрировано.", to.Select(t => SmsRecipient.First(t, DateTimeOffset.UtcNow)).ToList(), Tag: "appeal-1");

    [Fact]
    public async Task Sends_signed_and_returns_a_result_per_recipient()
    {
        await using var acs = await FakeAcsServer.StartAsync();
        acs.FailRecipient("+79990000002", 400);

        var results = await FakeAcsClients.For(acs).Sms!.SendAsync(Request("+79990000001", "+79990000002"));

        Assert.Equal(2, results.Count);
        Assert.True(results[0].Successful);
        Assert.StartsWith("Outgoing_", results[0].MessageId);
        Assert.False(results[1].Successful);
        Assert.Equal(400, results[1].HttpStatusCode);
        Assert.False(results[1].IsTransient);
        var sent = Assert.Single(acs.Sms);
        Assert.Equal(("+79990000001", "Ваше обращение 125-ФЛ зарегистрировано.", "appeal-1"), (sent.To, sent.Message, sent.Tag));
        Assert.Equal(0, acs.RejectedSignatures);
    }

    [Fact]
    public async Task A_wrong_key_is_refused_with_a_typed_error()
    {
        await using var acs = await FakeAcsServer.StartAsync();
        var wrongKey = Convert.ToBase64String(new byte[32]);

        var error = await Assert.ThrowsAsync<CommunicationException>(() => FakeAcsClients.For(acs, wrongKey).Sms!.SendAsync(Request("+79990000001")));

        Assert.Equal(401, error.Status);
        Assert.Equal("Denied", error.ErrorCode);
        Assert.False(error.IsTransient);
        Assert.Empty(acs.Sms);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(503)]
    public async Task Transient_failures_are_retried_and_the_message_goes_once(int status)
    {
        await using var acs = await FakeAcsServer.StartAsync();
        acs.Inject(new FakeAcsFault.Status(status, 1), new FakeAcsFault.Status(status));

        var results = await FakeAcsClients.For(acs, maxRetries: 6).Sms!.SendAsync(Request("+79990000001"));

        Assert.True(Assert.Single(results).Successful);
        Assert.Single(acs.Sms);
        Assert.True(acs.RequestCount >= 3, "the injected failures were not all seen");
    }

    [Fact]
    public async Task A_429_storm_beyond_the_retries_surfaces_with_the_retry_after()
    {
        await using var acs = await FakeAcsServer.StartAsync();
        acs.Inject(Enumerable.Repeat<FakeAcsFault>(new FakeAcsFault.Status(429, 1), 4).ToArray());

        var error = await Assert.ThrowsAsync<CommunicationException>(() => FakeAcsClients.For(acs).Sms!.SendAsync(Request("+79990000001")));

        Assert.Equal(429, error.Status);
        Assert.Equal(TimeSpan.FromSeconds(1), error.RetryAfter);
        Assert.True(error.IsTransient);
        Assert.Empty(acs.Sms);
    }

    [Fact]
    public async Task A_lost_response_is_retried_with_the_same_repeatability_id_and_sends_once()
    {
        await using var acs = await FakeAcsServer.StartAsync();
        acs.Inject(new FakeAcsFault.AcceptThenHang());

        var results = await FakeAcsClients.For(acs, networkTimeout: FakeAcsClients.HangTimeout, maxRetries: 6).Sms!.SendAsync(Request("+79990000001"));

        var sent = Assert.Single(acs.Sms);
        Assert.Equal(sent.MessageId, Assert.Single(results).MessageId);
        Assert.True(acs.RequestCount >= 2, "the lost answer was not retried");
    }

    [Fact]
    public async Task Resending_the_same_recipients_later_returns_the_first_result_without_sending_again()
    {
        await using var acs = await FakeAcsServer.StartAsync();
        var sms = FakeAcsClients.For(acs).Sms!;
        var request = Request("+79990000001");

        var first = await sms.SendAsync(request);
        var again = await sms.SendAsync(request);

        Assert.Equal(first[0].MessageId, again[0].MessageId);
        Assert.Single(acs.Sms);
        Assert.Equal(request.Recipients[0].RepeatabilityRequestId.ToString("D"), acs.Sms[0].RepeatabilityRequestId);
        Assert.EndsWith("GMT", acs.Sms[0].RepeatabilityFirstSent);
    }

    [Fact]
    public async Task The_entra_id_alternative_sends_its_token_only_over_https()
    {
        // The fake listens on plain HTTP, so the token path can only be checked up to the wire:
        // Azure.Core's bearer policy refuses to put a token on an unencrypted connection.
        await using var acs = await FakeAcsServer.StartAsync();
        var clients = CommunicationClients.Create(CommunicationConnection.WithToken(acs.Endpoint, new StaticToken("token-for-acs")), "+70000000001", null, FakeAcsClients.Options());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => clients.Sms!.SendAsync(Request("+79990000001")));

        Assert.Contains("https", error.Message);
        Assert.Equal(0, acs.RequestCount);
        Assert.False(clients.EmailEnabled);
    }

    [Fact]
    public async Task A_cancelled_send_stops()
    {
        await using var acs = await FakeAcsServer.StartAsync();
        acs.Inject(new FakeAcsFault.Hang());
        using var cancel = new CancellationTokenSource();
        var sending = FakeAcsClients.For(acs).Sms!.SendAsync(Request("+79990000001"), cancel.Token);
        await Support.Eventually.UntilAsync(() => Task.FromResult(acs.RequestCount == 1), "the send never reached the fake");

        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
    }

    [Fact]
    public async Task Too_many_recipients_are_refused_before_sending()
    {
        await using var acs = await FakeAcsServer.StartAsync();
        var many = Enumerable.Range(0, 101).Select(i => $"+7999{i:D7}").ToArray();

        await Assert.ThrowsAsync<ArgumentException>(() => FakeAcsClients.For(acs).Sms!.SendAsync(Request(many)));
        Assert.Equal(0, acs.RequestCount);
    }

    private sealed class StaticToken(string token) : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            new(token, DateTimeOffset.UtcNow.AddHours(1));

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
