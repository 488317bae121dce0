using System.Net;
using CustomerService.Functions.Platform.Hosting;
using CustomerService.Functions.Platform.Security.RateLimiting;

namespace CustomerService.Functions.Tests.Platform.Security;

public sealed class ClientAddressTests
{
    private static readonly IPAddress Loopback = IPAddress.Loopback;

    [Theory]
    [InlineData("203.0.113.9", "203.0.113.9")]
    [InlineData("10.1.1.1, 203.0.113.9:61234", "203.0.113.9")]
    [InlineData("[2001:db8:1:2:aaaa:bbbb:cccc:dddd]:443", "2001:db8:1:2::")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::")]
    [InlineData("garbage", "127.0.0.1")]
    [InlineData("", "127.0.0.1")]
    public void Hosted_uses_the_last_forwarded_entry(string forwardedFor, string expected) =>
        Assert.Equal(expected, ClientAddress.PartitionKey(RunMode.Hosted, forwardedFor, Loopback));

    [Fact]
    public void Standalone_uses_the_peer_address() =>
        Assert.Equal("192.0.2.5", ClientAddress.PartitionKey(RunMode.Standalone, "203.0.113.9", IPAddress.Parse("::ffff:192.0.2.5")));

    [Fact]
    public void Unknown_peer_shares_one_partition() =>
        Assert.Equal(ClientAddress.Unknown, ClientAddress.PartitionKey(RunMode.Standalone, null, null));
}
