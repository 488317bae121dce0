using System.Net;
using Azure.Core.Pipeline;
using CustomerService.Functions.Platform.Storage;
using CustomerService.Functions.Platform.Storage.Blobs;
using CustomerService.Functions.Platform.Storage.Blobs.Sas;

namespace CustomerService.Functions.Tests.Platform.Storage.Blobs;

/// <summary>
/// Get User Delegation Key needs an Entra ID token over HTTPS, which Azurite cannot give us here,
/// so the HTTP exchange is checked against a canned answer shaped like the documented response.
/// </summary>
public sealed class UserDelegationTests
{
    private const string KeyResponse = """
        <?xml version="1.0" encoding="utf-8"?>
        <UserDelegationKey>
          <SignedOid>6b1b2f7e-7b3c-4d4c-9d84-5d3c1f6a0b11</SignedOid>
          <SignedTid>72f988bf-86f1-41af-91ab-2d7cd011db47</SignedTid>
          <SignedStart>2030-01-02T02:59:05Z</SignedStart>
          <SignedExpiry>2030-01-09T02:59:05Z</SignedExpiry>
          <SignedService>b</SignedService>
          <SignedVersion>2025-11-05</SignedVersion>
          <Value>YSB1c2VyIGRlbGVnYXRpb24ga2V5IG9mIDMyIGJ5dGU=</Value>
        </UserDelegationKey>
        """;

    private static readonly DateTimeOffset Now = new(2030, 1, 2, 3, 4, 5, TimeSpan.Zero);

    private static (BlobServiceClient Service, CannedHandler Handler) EntraService()
    {
        var handler = new CannedHandler(HttpStatusCode.OK, KeyResponse);
        var options = new BlobClientOptions { Transport = new HttpClientTransport(new HttpClient(handler)) };
        options.Retry.MaxRetries = 0;
        var endpoint = new Uri("https://utility.blob.core.windows.net");
        var connection = new StorageConnection("utility", endpoint, new Uri("https://utility.queue.core.windows.net"),
            new Uri("https://utility.table.core.windows.net"), null, new StaticTokenCredential());
        return (new BlobServiceClient(connection, options), handler);
    }

    [Fact]
    public async Task Key_request_is_a_bearer_post_with_the_key_window_and_the_answer_is_parsed()
    {
        var (service, handler) = EntraService();

        var key = await service.GetUserDelegationKeyAsync(Now.AddMinutes(-5), Now.AddDays(7));

        var (request, body) = Assert.Single(handler.Received);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("https://utility.blob.core.windows.net/?restype=service&comp=userdelegationkey", request.RequestUri!.AbsoluteUri);
        Assert.Equal("Bearer test-token", request.Headers.Authorization?.ToString());
        Assert.Contains("<Start>2030-01-02T02:59:05Z</Start><Expiry>2030-01-09T03:04:05Z</Expiry>", body);
        Assert.Equal("6b1b2f7e-7b3c-4d4c-9d84-5d3c1f6a0b11", key.SignedObjectId);
        Assert.Equal("72f988bf-86f1-41af-91ab-2d7cd011db47", key.SignedTenantId);
        Assert.Equal(new DateTimeOffset(2030, 1, 9, 2, 59, 5, TimeSpan.Zero), key.SignedExpiresOn);
        Assert.Equal("2025-11-05", key.SignedVersion);
        Assert.Equal("YSB1c2VyIGRlbGVnYXRpb24ga2V5IG9mIDMyIGJ5dGU=", key.Value);
    }

    [Fact]
    public async Task Entra_connection_gets_user_delegation_links_from_one_cached_key()
    {
        var (service, handler) = EntraService();
        using var links = new BlobSasLinks(service, new FixedTime(Now));

        var first = await links.GetReadLinkAsync("appeals", "обращения/Счёт.pdf", TimeSpan.FromMinutes(30));
        var second = await links.GetReadLinkAsync("appeals", "other.pdf", TimeSpan.FromDays(6));

        Assert.Equal(BlobSasKind.UserDelegation, links.Kind);
        Assert.Single(handler.Received);
        var query = System.Web.HttpUtility.ParseQueryString(first.Query);
        Assert.Equal("6b1b2f7e-7b3c-4d4c-9d84-5d3c1f6a0b11", query["skoid"]);
        Assert.Equal("2030-01-02T02:59:05Z", query["skt"]);
        Assert.Equal("2030-01-09T02:59:05Z", query["ske"]);
        Assert.Equal("https", query["spr"]);
        Assert.Equal("r", query["sp"]);
        Assert.StartsWith("https://utility.blob.core.windows.net/appeals/%D0%BE", first.AbsoluteUri);
        Assert.Contains("skoid=", second.Query);
    }

    [Fact]
    public async Task Key_is_fetched_again_when_the_cached_one_would_not_cover_the_link()
    {
        var (service, handler) = EntraService();
        var clock = new FixedTime(Now);
        using var links = new BlobSasLinks(service, clock);

        await links.GetReadLinkAsync("appeals", "a.pdf", TimeSpan.FromHours(1));
        clock.Now = Now.AddDays(6).AddHours(23);
        await Assert.ThrowsAsync<ArgumentException>(() => links.GetReadLinkAsync("appeals", "a.pdf", TimeSpan.FromHours(1)));

        // The canned service keeps answering with the same (by then too short) key, so the second
        // call asked again and then refused to sign past the key's expiry.
        Assert.Equal(2, handler.Received.Count);
    }

    [Fact]
    public async Task Shared_key_connection_cannot_ask_for_a_delegation_key()
    {
        var service = new BlobServiceClient(StorageTestAccount.Connection);
        await Assert.ThrowsAsync<InvalidOperationException>(() => service.GetUserDelegationKeyAsync(DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddHours(1)));
    }
}
