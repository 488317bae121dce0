using CustomerService.Functions.Platform.Communication;
using CustomerService.Functions.Tests.Support.FakeAcs;

namespace CustomerService.Functions.Tests.Platform.Communication;

/// <summary>Clients pointed at a <see cref="FakeAcsServer"/> with short retry delays and timeouts for tests.</summary>
internal static class FakeAcsClients
{
    public static CommunicationClients For(FakeAcsServer server, string? key = FakeAcsServer.AccessKey, TimeSpan? networkTimeout = null) =>
        CommunicationClients.Create(CommunicationConnection.WithKey(server.Endpoint, key!), "+70000000001", "DoNotReply@example.ru", Options(networkTimeout));

    public static CommunicationClientOptions Options(TimeSpan? networkTimeout = null)
    {
        var options = new CommunicationClientOptions { EmailPollInterval = TimeSpan.FromMilliseconds(20) };
        options.Retry.Delay = TimeSpan.FromMilliseconds(10);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(2);
        options.Retry.MaxRetries = 3;
        options.Retry.NetworkTimeout = networkTimeout ?? TimeSpan.FromSeconds(10);
        return options;
    }
}
