using CustomerService.Functions.Platform.Communication;
using CustomerService.Functions.Platform.Communication.Email;
using CustomerService.Functions.Tests.Support.FakeAcs;

namespace CustomerService.Functions.Tests.Platform.Communication;

/// <summary>The e-mail client against the fake ACS: 202 + operation, polling to the end, Operation-Id idempotency, faults.</summary>
public sealed class EmailClientTests
{
    private static EmailMessage Mail() =>
        new("DoNotReply@example.ru", "Обращение 125-ФЛ зарегистрировано", "Здравствуйте!", "<p>Здравствуйте!</p>", [new EmailAddress("ivanov@example.ru", "Иванов И. И.")]);

    [Fact]
    public async Task Send_is_accepted_then_polled_until_it_succeeds()
    {
        await using var acs = await FakeAcsServer.StartAsync();
        var email = FakeAcsClients.For(acs).Email!;
        var operationId = Guid.NewGuid();

        var operation = await email.StartSendAsync(Mail(), operationId);
        var result = await email.WaitForCompletionAsync(operation);

        Assert.Equal(operationId.ToString("D"), operation.Id);
        Assert.Equal(EmailSendStatus.Running, operation.Status);
        Assert.Equal(EmailSendStatus.Succeeded, result.Status);
        var sent = Assert.Single(acs.Emails);
        Assert.Equal((operationId.ToString("D"), "ivanov@example.ru", "Обращение 125-ФЛ зарегистрировано"), (sent.OperationId, sent.To[0], sent.Subject));
        Assert.Equal(0, acs.RejectedSignatures);
    }

    [Fact]
    public async Task The_same_operation_id_never_mails_twice()
    {
        await using var acs = await FakeAcsServer.StartAsync();
        var email = FakeAcsClients.For(acs).Email!;
        var operationId = Guid.NewGuid();

        await email.StartSendAsync(Mail(), operationId);
        var again = await email.StartSendAsync(Mail(), operationId);

        Assert.Equal(operationId.ToString("D"), again.Id);
        Assert.Single(acs.Emails);
    }

    [Fact]
    public async Task A_conflict_on_a_repeated_operation_id_reports_the_existing_operation()
    {
        await using var acs = await FakeAcsServer.StartAsync();
        acs.RepeatedOperationStatus = 409;
        var email = FakeAcsClients.For(acs).Email!;
        var operationId = Guid.NewGuid();
        await email.StartSendAsync(Mail(), operationId);

        var again = await email.StartSendAsync(Mail(), operationId);

        Assert.Equal((operationId.ToString("D"), EmailSendStatus.Running), (again.Id, again.Status));
        Assert.Single(acs.Emails);
    }

    [Fact]
    public void A_portal_connection_string_gives_endpoint_and_key()
    {
        var connection = CommunicationConnection.Parse("endpoint=https://acs-cs.communication.azure.com/;accesskey=" + FakeAcsServer.AccessKey);

        Assert.Equal((new Uri("https://acs-cs.communication.azure.com/"), FakeAcsServer.AccessKey), (connection.Endpoint, connection.AccessKey));
        Assert.Throws<FormatException>(() => CommunicationConnection.Parse("endpoint=https://acs-cs.communication.azure.com/"));
    }

    [Fact]
    public async Task Faults_on_send_and_on_polling_are_retried_and_the_mail_goes_once()
    {
        await using var acs = await FakeAcsServer.StartAsync();
        var email = FakeAcsClients.For(acs, networkTimeout: FakeAcsClients.HangTimeout, maxRetries: 6).Email!;
        acs.Inject(new FakeAcsFault.Status(500), new FakeAcsFault.AcceptThenHang(), new FakeAcsFault.Status(429, 1));

        var operation = await email.StartSendAsync(Mail(), Guid.NewGuid());
        var result = await email.WaitForCompletionAsync(operation);

        Assert.Equal(EmailSendStatus.Succeeded, result.Status);
        Assert.Single(acs.Emails);
    }

    [Fact]
    public async Task Status_of_an_unknown_operation_is_a_typed_404()
    {
        await using var acs = await FakeAcsServer.StartAsync();

        var error = await Assert.ThrowsAsync<CommunicationException>(() => FakeAcsClients.For(acs).Email!.GetStatusAsync(Guid.NewGuid().ToString()));

        Assert.Equal((404, "NotFound"), (error.Status, error.ErrorCode));
    }

    [Fact]
    public async Task A_mail_without_content_is_refused_before_sending()
    {
        await using var acs = await FakeAcsServer.StartAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => FakeAcsClients.For(acs).Email!.StartSendAsync(Mail() with { PlainText = null, Html = null }, Guid.NewGuid()));
        Assert.Equal(0, acs.RequestCount);
    }

    [Fact]
    public void Without_an_endpoint_nothing_is_configured()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [CommunicationSettings.EmailSender] = "a@b.ru" }).Build();

        var clients = CommunicationClients.FromConfiguration(configuration, TimeProvider.System);

        Assert.False(clients.SmsEnabled);
        Assert.False(clients.EmailEnabled);
    }
}
