using System.Net;
using CustomerService.Functions.Platform.Storage;
using CustomerService.Functions.Platform.Storage.Blobs;
using CustomerService.Functions.Platform.Storage.Blobs.Sas;
using CustomerService.Functions.Tests.Support;

namespace CustomerService.Functions.Tests.Platform.Storage.Blobs;

public sealed class BlobRegistrationTests
{
    [Fact]
    public async Task App_provides_the_blob_client_and_read_links_that_work()
    {
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?> { [StorageConnection.ConnectionSetting] = Azurite.ConnectionString });
        var blobs = app.Services.GetRequiredService<BlobServiceClient>();
        var links = app.Services.GetRequiredService<BlobSasLinks>();
        var container = blobs.GetBlobContainerClient(StorageTestAccount.UniqueName("di"));
        await container.CreateIfNotExistsAsync();
        await container.GetBlobClient("ответ.txt").UploadAsync(new MemoryStream("готово"u8.ToArray()), new BlobUploadOptions { ContentType = "text/plain; charset=utf-8" });

        var link = await links.GetReadLinkAsync(container.Name, "ответ.txt", TimeSpan.FromMinutes(5));

        using var http = new HttpClient();
        using var response = await http.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("готово", await response.Content.ReadAsStringAsync());
        Assert.Same(links, app.Services.GetRequiredService<BlobSasLinks>());
    }
}
