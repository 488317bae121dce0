using CustomerService.Functions.Platform.Storage.Blobs;

namespace CustomerService.Functions.Tests.Platform.Storage.Blobs;

public sealed class BlobListingTests
{
    [Fact]
    public void Page_yields_items_and_the_next_marker()
    {
        const string xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <EnumerationResults ServiceEndpoint="https://a.blob.core.windows.net/" ContainerName="c">
              <Prefix>p/</Prefix><MaxResults>2</MaxResults>
              <Blobs>
                <Blob><Name>p/Счёт.pdf</Name><Properties><Last-Modified>Wed, 05 Mar 2025 10:00:00 GMT</Last-Modified><Etag>0x8DD5B0C3A1B2C3D</Etag><Content-Length>42</Content-Length><Content-Type>application/pdf</Content-Type><BlobType>BlockBlob</BlobType></Properties></Blob>
                <Blob><Name Encoded="true">p/%EF%BF%BEodd</Name><Properties><Last-Modified>Wed, 05 Mar 2025 10:00:01 GMT</Last-Modified><Etag>"0x1"</Etag><Content-Length>0</Content-Length><Content-Type /></Properties></Blob>
              </Blobs>
              <NextMarker>2!8!cC9vZGQ-</NextMarker>
            </EnumerationResults>
            """;

        var page = BlobListing.Parse(xml);

        Assert.Equal("2!8!cC9vZGQ-", page.NextMarker);
        Assert.Equal(2, page.Items.Count);
        var first = page.Items[0];
        Assert.Equal(("p/Счёт.pdf", 42L, "application/pdf"), (first.Name, first.ContentLength, first.ContentType));
        Assert.Equal("\"0x8DD5B0C3A1B2C3D\"", first.ETag.ToString("H"));
        Assert.Equal(new DateTimeOffset(2025, 3, 5, 10, 0, 0, TimeSpan.Zero), first.LastModified);
        Assert.Equal("p/\uFFFEodd", page.Items[1].Name);
        Assert.Null(page.Items[1].ContentType);
        Assert.Equal("\"0x1\"", page.Items[1].ETag.ToString("H"));
    }

    [Fact]
    public void Last_page_has_no_marker()
    {
        var page = BlobListing.Parse("<EnumerationResults><Blobs /><NextMarker /></EnumerationResults>");
        Assert.Empty(page.Items);
        Assert.Null(page.NextMarker);
    }
}
