using CustomerService.Functions.Platform.Storage;

namespace CustomerService.Functions.Tests.Platform.Storage;

public sealed class StorageConnectionTests
{
    [Fact]
    public void Development_storage_points_at_local_azurite()
    {
        var connection = StorageConnection.Parse("UseDevelopmentStorage=true");
        Assert.Equal("devstoreaccount1", connection.AccountName);
        Assert.Equal(new Uri("http://127.0.0.1:10001/devstoreaccount1"), connection.QueueEndpoint);
        Assert.NotNull(connection.SharedKey);
    }

    [Fact]
    public void Account_key_connection_derives_endpoints_from_suffix()
    {
        var connection = StorageConnection.Parse("DefaultEndpointsProtocol=https;AccountName=utility;AccountKey=a2V5;EndpointSuffix=core.windows.net");
        Assert.Equal(new Uri("https://utility.table.core.windows.net"), connection.TableEndpoint);
        Assert.Equal(new Uri("https://utility.blob.core.windows.net"), connection.BlobEndpoint);
    }

    [Fact]
    public void Explicit_endpoints_win()
    {
        var connection = StorageConnection.Parse("AccountName=a;AccountKey=a2V5;QueueEndpoint=http://127.0.0.1:5/a/");
        Assert.Equal(new Uri("http://127.0.0.1:5/a"), connection.QueueEndpoint);
    }

    [Fact]
    public void Missing_key_is_a_clear_error()
    {
        var error = Assert.Throws<FormatException>(() => StorageConnection.Parse("AccountName=a"));
        Assert.Contains("AccountKey", error.Message);
    }

    [Fact]
    public void Identity_based_settings_use_a_token_credential()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [StorageConnection.AccountNameSetting] = "utility",
            [StorageConnection.ClientIdSetting] = "00000000-0000-0000-0000-000000000001",
        }).Build();

        var connection = StorageConnection.FromConfiguration(configuration);

        Assert.Null(connection.SharedKey);
        Assert.NotNull(connection.Token);
        Assert.Equal(new Uri("https://utility.queue.core.windows.net"), connection.QueueEndpoint);
    }

    [Fact]
    public void No_storage_setting_names_both_options()
    {
        var error = Assert.Throws<InvalidOperationException>(() => StorageConnection.FromConfiguration(new ConfigurationBuilder().Build()));
        Assert.Contains("AzureWebJobsStorage__accountName", error.Message);
    }
}
