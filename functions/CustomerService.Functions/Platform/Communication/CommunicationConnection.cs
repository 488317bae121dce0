using Azure.Core;

namespace CustomerService.Functions.Platform.Communication;

/// <summary>
/// Where the ACS resource is and how we prove who we are: its access key (HMAC-SHA256) or an
/// Entra ID token (managed identity with a role on the resource).
/// </summary>
public sealed record CommunicationConnection(Uri Endpoint, string? AccessKey, TokenCredential? Token)
{
    /// <summary>Entra ID scope of the ACS data plane.</summary>
    public const string TokenScope = "https://communication.azure.com//.default";

    public static CommunicationConnection WithKey(Uri endpoint, string accessKey) => new(Normalise(endpoint), accessKey, null);

    public static CommunicationConnection WithToken(Uri endpoint, TokenCredential token) => new(Normalise(endpoint), null, token);

    /// <summary>Parses the portal's connection string <c>endpoint=https://…/;accesskey=…</c>.</summary>
    public static CommunicationConnection Parse(string connectionString)
    {
        var pairs = connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split('=', 2))
            .Where(kv => kv.Length == 2)
            .ToDictionary(kv => kv[0], kv => kv[1], StringComparer.OrdinalIgnoreCase);
        if (!pairs.TryGetValue("endpoint", out var endpoint) || !pairs.TryGetValue("accesskey", out var key))
            throw new FormatException("An ACS connection string needs endpoint=…;accesskey=….");
        return WithKey(new Uri(endpoint), key);
    }

    private static Uri Normalise(Uri endpoint) =>
        endpoint.IsAbsoluteUri ? new Uri(endpoint.GetLeftPart(UriPartial.Authority)) : throw new ArgumentException("The ACS endpoint must be an absolute URI.", nameof(endpoint));
}
