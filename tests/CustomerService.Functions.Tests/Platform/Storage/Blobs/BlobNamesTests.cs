using System.Text;
using CustomerService.Functions.Platform.Storage;
using CustomerService.Functions.Platform.Storage.Blobs;

namespace CustomerService.Functions.Tests.Platform.Storage.Blobs;

public sealed class BlobNamesTests
{
    [Fact]
    public void Cyrillic_and_spaces_are_percent_encoded_as_utf8_per_segment()
    {
        Assert.Equal("%D0%BE%D0%B1%D1%80/%D0%A1%D1%87%D1%91%D1%82%20%D0%BC%D0%B0%D0%B9.pdf", BlobNames.EscapePath("обр/Счёт май.pdf"));
    }

    [Theory]
    [InlineData("a b", "a%20b")]
    [InlineData("a+b&c=d?e#f", "a%2Bb%26c%3Dd%3Fe%23f")]
    [InlineData("dir/sub/file.txt", "dir/sub/file.txt")]
    [InlineData("100%", "100%25")]
    public void Reserved_characters_are_escaped_and_slashes_kept(string name, string expected) =>
        Assert.Equal(expected, BlobNames.EscapePath(name));

    [Fact]
    public void Blob_uri_keeps_the_encoding_so_the_signed_path_matches_the_sent_path()
    {
        var connection = StorageConnection.Development("127.0.0.1", 10000, 10001, 10002);
        var blob = new BlobServiceClient(connection).GetBlobContainerClient("appeals").GetBlobClient("обращения/Счёт за май.pdf");

        Assert.Equal("/devstoreaccount1/appeals/%D0%BE%D0%B1%D1%80%D0%B0%D1%89%D0%B5%D0%BD%D0%B8%D1%8F/%D0%A1%D1%87%D1%91%D1%82%20%D0%B7%D0%B0%20%D0%BC%D0%B0%D0%B9.pdf",
            blob.Uri.AbsolutePath);
        Assert.Equal("обращения/Счёт за май.pdf", Uri.UnescapeDataString(blob.Uri.AbsolutePath["/devstoreaccount1/appeals/".Length..]));
    }

    [Theory]
    [InlineData("a/./b")]
    [InlineData("../etc")]
    [InlineData("")]
    public void Names_the_uri_would_rewrite_or_empty_are_refused(string name) =>
        Assert.ThrowsAny<ArgumentException>(() => BlobNames.ValidateBlob(name));

    [Fact]
    public void Overlong_blob_name_is_refused() =>
        Assert.Throws<ArgumentException>(() => BlobNames.ValidateBlob(new string('я', 1025)));

    [Theory]
    [InlineData("ab")]
    [InlineData("Appeals")]
    [InlineData("-appeals")]
    [InlineData("appeals-")]
    [InlineData("app--eals")]
    [InlineData("обращения")]
    public void Invalid_container_names_are_refused(string name) =>
        Assert.Throws<ArgumentException>(() => BlobNames.ValidateContainer(name));

    [Theory]
    [InlineData("abc")]
    [InlineData("appeal-attachments-2025")]
    public void Valid_container_names_pass(string name) => Assert.Equal(name, BlobNames.ValidateContainer(name));
}

public sealed class BlockIdsTests
{
    [Fact]
    public void Ids_are_base64_of_equal_length_distinct_and_decode_to_their_position()
    {
        int[] indexes = [0, 1, 9, 10, 999, 12_345, BlockIds.MaxBlocks - 1];
        var ids = indexes.Select(BlockIds.For).ToList();

        Assert.Single(ids.Select(id => id.Length).Distinct());
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var decoded = ids.Select(id => Encoding.ASCII.GetString(Convert.FromBase64String(id))).ToList();
        Assert.Equal(decoded, decoded.Order(StringComparer.Ordinal));
        Assert.All(ids, id => Assert.True(Convert.FromBase64String(id).Length <= 64));
        Assert.All(ids, id => Assert.DoesNotContain('=', id));
        Assert.Equal("block-000009", Encoding.ASCII.GetString(Convert.FromBase64String(BlockIds.For(9))));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(BlockIds.MaxBlocks)]
    public void Indexes_outside_the_service_limit_are_refused(int index) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => BlockIds.For(index));
}
