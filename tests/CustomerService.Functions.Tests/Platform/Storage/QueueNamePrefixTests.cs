using CustomerService.Functions.Platform.Hosting;
using CustomerService.Functions.Platform.Storage;
using CustomerService.Functions.Platform.Storage.Queues;
using Microsoft.Extensions.Configuration;

namespace CustomerService.Functions.Tests.Platform.Storage;

/// <summary>The standalone queue-name prefix: every queue client gets it, bad values and hosted mode are refused.</summary>
public sealed class QueueNamePrefixTests
{
    private static IConfiguration Settings(params (string Key, string Value)[] pairs) => new ConfigurationBuilder()
        .AddInMemoryCollection(pairs.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value)).Append(new("AzureWebJobsStorage", "UseDevelopmentStorage=true")))
        .Build();

    [Fact]
    public void Without_the_setting_queue_names_are_as_written()
    {
        var connection = StorageConnection.FromConfiguration(Settings());
        Assert.Equal("", connection.QueueNamePrefix);
        Assert.Equal("appeal-registered", new QueueServiceClient(connection).GetQueueClient("appeal-registered").Name);
    }

    [Fact]
    public void Every_queue_client_of_the_connection_carries_the_prefix()
    {
        var connection = StorageConnection.FromConfiguration(Settings((StorageConnection.QueueNamePrefixSetting, "dev-anna-")));
        var queue = new QueueServiceClient(connection).GetQueueClient("appeal-registered");
        Assert.Equal("dev-anna-appeal-registered", queue.Name);
        Assert.EndsWith("/devstoreaccount1/dev-anna-appeal-registered", queue.Uri.AbsoluteUri);
    }

    [Theory]
    [InlineData("Dev-")]
    [InlineData("-dev")]
    [InlineData("dev--x")]
    [InlineData("dev_x")]
    [InlineData("abcdefghijklmnopqrstu")]
    public void A_prefix_that_would_make_invalid_queue_names_is_refused(string prefix)
    {
        var error = Assert.Throws<FormatException>(() => StorageConnection.FromConfiguration(Settings((StorageConnection.QueueNamePrefixSetting, prefix))));
        Assert.Contains(StorageConnection.QueueNamePrefixSetting, error.Message);
    }

    [Fact]
    public void Hosted_mode_refuses_a_prefix_since_the_host_listens_on_function_json_names()
    {
        var settings = Settings((StorageConnection.QueueNamePrefixSetting, "dev-"), (RunModeDetector.CustomHandlerPortVariable, "5000"));
        var error = Assert.Throws<InvalidOperationException>(() => StorageConnection.FromConfiguration(settings));
        Assert.Contains("standalone", error.Message);
    }
}
