using CustomerService.Functions.Platform.Communication;
using CustomerService.Functions.Tests.Support.FakeAcs;

namespace CustomerService.Functions.Tests.Platform.Communication;

/// <summary>Clients pointed at a <see cref="FakeAcsServer"/> with short retry delays and timeouts for tests.</summary>
internal static class FakeAcsClients
{
    public static CommunicationClients For(FakeAcsServer server, string? key = FakeAcsServer.AccessKey, TimeSpan? networkTimeout = null, int maxRetries = 3) =>
        CommunicationClients.Create(CommunicationConnection.WithKey(server.Endpoint, key!), "+70000000001", "DoNotReply@example.ru", Options(networkTimeout, maxRetries));

    /// <summary>A hang is detected by <paramref name="networkTimeout"/>: keep it well above how long a loaded machine takes to answer at all.</summary>
    public static readonly TimeSpan HangTimeout = TimeSpan.FromSeconds(5);

    public static CommunicationClientOptions Options(TimeSpan? networkTimeout = null, int maxRetries = 3)
    {
        var options = new CommunicationClientOptions { EmailPollInterval = TimeSpan.FromMilliseconds(20) };
        options.Retry.Delay = TimeSpan.FromMilliseconds(10);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(2);
        options.Retry.MaxRetries = maxRetries;
        options.Retry.NetworkTimeout = networkTimeout ?? TimeSpan.FromSeconds(10);
        return options;
    }
}
