using System.Security.Cryptography;
using System.Text;
using CustomerService.Functions.Platform.Storage;
using CustomerService.Functions.Platform.Storage.Blobs;
using CustomerService.Functions.Platform.Storage.Blobs.Sas;

namespace CustomerService.Functions.Tests.Platform.Storage.Blobs;

/// <summary>
/// String-to-sign checks against values written out by hand from the documented field order for
/// sv 2025-07-05 (create-service-sas, create-user-delegation-sas), one line per field.
/// </summary>
public sealed class BlobSasBuilderTests
{
    private const string Account = "devstoreaccount1";
    private const string Disposition = "attachment; filename=\"x.pdf\"";

    private static readonly BlobSasBuilder Builder = new()
    {
        BlobContainerName = "appeals",
        BlobName = "обращения/Счёт за май.pdf",
        Permissions = BlobSasPermissions.Read,
        StartsOn = new DateTimeOffset(2025, 3, 1, 13, 0, 0, TimeSpan.FromHours(3)),
        ExpiresOn = new DateTimeOffset(2025, 3, 1, 11, 0, 0, TimeSpan.Zero),
        Protocol = SasProtocol.Https,
        ContentDisposition = Disposition,
    };

    private static readonly UserDelegationKey Key = new(
        "11111111-1111-1111-1111-111111111111", "22222222-2222-2222-2222-222222222222",
        new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 3, 8, 9, 0, 0, TimeSpan.Zero),
        "b", "2025-11-05", Convert.ToBase64String(Encoding.ASCII.GetBytes("a user delegation key of 32 byte")));

    [Fact]
    public void Service_sas_string_to_sign_follows_the_documented_16_fields()
    {
        var expected =
            "r\n" +                                                   // signedPermissions
            "2025-03-01T10:00:00Z\n" +                                // signedStart (UTC, to the second)
            "2025-03-01T11:00:00Z\n" +                                // signedExpiry
            "/blob/devstoreaccount1/appeals/обращения/Счёт за май.pdf\n" + // canonicalizedResource, unescaped
            "\n" +                                                    // signedIdentifier
            "\n" +                                                    // signedIP
            "https\n" +                                               // signedProtocol
            "2025-07-05\n" +                                          // signedVersion
            "b\n" +                                                   // signedResource
            "\n" +                                                    // signedSnapshotTime
            "\n" +                                                    // signedEncryptionScope
            "\n" +                                                    // rscc
            Disposition + "\n" +                                      // rscd
            "\n" +                                                    // rsce
            "\n" +                                                    // rscl
            "";                                                       // rsct

        Assert.Equal(expected, Builder.ServiceStringToSign(Account));
    }

    [Fact]
    public void User_delegation_sas_string_to_sign_follows_the_documented_26_fields()
    {
        var expected =
            "r\n" +                                                   // signedPermissions
            "2025-03-01T10:00:00Z\n" +                                // signedStart
            "2025-03-01T11:00:00Z\n" +                                // signedExpiry
            "/blob/devstoreaccount1/appeals/обращения/Счёт за май.pdf\n" + // canonicalizedResource
            "11111111-1111-1111-1111-111111111111\n" +                // signedKeyObjectId (skoid)
            "22222222-2222-2222-2222-222222222222\n" +                // signedKeyTenantId (sktid)
            "2025-03-01T09:00:00Z\n" +                                // signedKeyStart (skt)
            "2025-03-08T09:00:00Z\n" +                                // signedKeyExpiry (ske)
            "b\n" +                                                   // signedKeyService (sks)
            "2025-11-05\n" +                                          // signedKeyVersion (skv)
            "\n" +                                                    // signedAuthorizedUserObjectId (saoid)
            "\n" +                                                    // signedUnauthorizedUserObjectId (suoid)
            "\n" +                                                    // signedCorrelationId (scid)
            "\n" +                                                    // signedKeyDelegatedUserTenantId (skdutid)
            "\n" +                                                    // signedDelegatedUserObjectId (sduoid)
            "\n" +                                                    // signedIP
            "https\n" +                                               // signedProtocol
            "2025-07-05\n" +                                          // signedVersion
            "b\n" +                                                   // signedResource
            "\n" +                                                    // signedSnapshotTime
            "\n" +                                                    // signedEncryptionScope
            "\n" +                                                    // rscc
            Disposition + "\n" +                                      // rscd
            "\n" +                                                    // rsce
            "\n" +                                                    // rscl
            "";                                                       // rsct

        Assert.Equal(expected, Builder.UserDelegationStringToSign(Key, Account));
        Assert.Equal(26, expected.Split('\n').Length);
    }

    [Fact]
    public void Service_sas_is_signed_with_the_account_key_and_carries_every_signed_field()
    {
        var key = new StorageSharedKeyCredential(Account, StorageConnection.DevelopmentAccountKey);
        var sas = Builder.ToServiceSas(key);

        var expectedSig = Convert.ToBase64String(HMACSHA256.HashData(Convert.FromBase64String(StorageConnection.DevelopmentAccountKey),
            Encoding.UTF8.GetBytes(Builder.ServiceStringToSign(Account))));
        Assert.Equal(expectedSig, sas.Signature);
        var query = sas.Parameters.ToDictionary(p => p.Key, p => p.Value);
        Assert.Equal("2025-07-05", query["sv"]);
        Assert.Equal("2025-03-01T10:00:00Z", query["st"]);
        Assert.Equal("2025-03-01T11:00:00Z", query["se"]);
        Assert.Equal("b", query["sr"]);
        Assert.Equal("r", query["sp"]);
        Assert.Equal("https", query["spr"]);
        Assert.Equal(Disposition, query["rscd"]);
        Assert.DoesNotContain("skoid", query.Keys);
    }

    [Fact]
    public void User_delegation_sas_is_signed_with_the_delegation_key_and_names_it()
    {
        var sas = Builder.ToUserDelegationSas(Key, Account);

        var expectedSig = Convert.ToBase64String(HMACSHA256.HashData(Convert.FromBase64String(Key.Value),
            Encoding.UTF8.GetBytes(Builder.UserDelegationStringToSign(Key, Account))));
        Assert.Equal(expectedSig, sas.Signature);
        var query = sas.Parameters.ToDictionary(p => p.Key, p => p.Value);
        Assert.Equal(Key.SignedObjectId, query["skoid"]);
        Assert.Equal(Key.SignedTenantId, query["sktid"]);
        Assert.Equal("2025-03-01T09:00:00Z", query["skt"]);
        Assert.Equal("2025-03-08T09:00:00Z", query["ske"]);
        Assert.Equal("b", query["sks"]);
        Assert.Equal("2025-11-05", query["skv"]);
        Assert.DoesNotContain(Key.Value, sas.ToString());
    }

    [Fact]
    public void Applied_sas_keeps_the_escaped_path_and_escapes_every_value()
    {
        var blob = new BlobServiceClient(StorageConnection.Development("127.0.0.1", 10000, 10001, 10002))
            .GetBlobContainerClient("appeals").GetBlobClient("обращения/Счёт за май.pdf");
        var uri = Builder.ToServiceSas(new StorageSharedKeyCredential(Account, StorageConnection.DevelopmentAccountKey)).ApplyTo(blob.Uri);

        Assert.Equal(blob.Uri.AbsolutePath, uri.AbsolutePath);
        Assert.Contains("rscd=attachment%3B%20filename%3D%22x.pdf%22", uri.AbsoluteUri);
        Assert.Contains("st=2025-03-01T10%3A00%3A00Z", uri.AbsoluteUri);
        Assert.DoesNotContain("+", uri.Query, StringComparison.Ordinal);
    }

    [Fact]
    public void Container_sas_signs_the_container_resource()
    {
        var container = Builder with { BlobName = null, Permissions = BlobSasPermissions.Read | BlobSasPermissions.List };
        var lines = container.ServiceStringToSign(Account).Split('\n');
        Assert.Equal("rl", lines[0]);
        Assert.Equal("/blob/devstoreaccount1/appeals", lines[3]);
        Assert.Equal("c", lines[8]);
    }

    [Fact]
    public void Permission_letters_come_in_the_service_order() =>
        Assert.Equal("racwdl", (Builder with { Permissions = BlobSasPermissions.List | BlobSasPermissions.Delete | BlobSasPermissions.Write | BlobSasPermissions.Create | BlobSasPermissions.Add | BlobSasPermissions.Read })
            .ServiceStringToSign(Account).Split('\n')[0]);

    [Fact]
    public void A_sas_cannot_outlive_its_delegation_key() =>
        Assert.Throws<ArgumentException>(() => (Builder with { ExpiresOn = Key.SignedExpiresOn.AddSeconds(1) }).ToUserDelegationSas(Key, Account));
}
