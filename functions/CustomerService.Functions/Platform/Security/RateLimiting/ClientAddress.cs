using System.Net;
using System.Net.Sockets;
using CustomerService.Functions.Platform.Hosting;

namespace CustomerService.Functions.Platform.Security.RateLimiting;

/// <summary>
/// Who "one client" is for rate limiting. Standalone: the TCP peer. Hosted: every request comes
/// from the local Functions host, so the client is the last <c>X-Forwarded-For</c> entry — the
/// one Azure's front end appended; earlier entries are whatever the client claimed and are
/// ignored. Outside hosted mode the header is ignored entirely (anyone could send it).
/// IPv6 clients are grouped by /64, the block a single subscriber usually controls.
/// Pure: no I/O.
/// </summary>
public static class ClientAddress
{
    public const string ForwardedForHeader = "X-Forwarded-For";
    public const string Unknown = "unknown";

    public static string PartitionKey(RunMode mode, string? forwardedFor, IPAddress? peer)
    {
        var address = mode == RunMode.Hosted ? LastForwarded(forwardedFor) ?? peer : peer;
        return address is null ? Unknown : Normalize(address).ToString();
    }

    private static IPAddress? LastForwarded(string? forwardedFor)
    {
        var last = forwardedFor?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        if (last is null) return null;
        if (IPAddress.TryParse(last, out var bare)) return bare;
        return IPEndPoint.TryParse(last, out var endpoint) ? endpoint.Address : null;
    }

    private static IPAddress Normalize(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) return address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address;
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes);
    }
}
