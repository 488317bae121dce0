using CustomerService.Functions.Platform.Storage;
using CustomerService.Functions.Platform.Storage.Tables;
using CustomerService.Functions.Tests.Support;

namespace CustomerService.Functions.Tests.Platform.Storage.Tables;

public sealed class TableRegistrationTests
{
    [Fact]
    public async Task The_app_provides_a_table_service_client_for_its_configured_storage()
    {
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?> { [StorageConnection.ConnectionSetting] = Azurite.ConnectionString });

        var service = app.Services.GetRequiredService<TableServiceClient>();
        var table = service.GetTableClient(StorageTestAccount.UniqueName("t"));
        await table.CreateIfNotExistsAsync();
        await table.AddEntityAsync(new TableEntity("p", "r"));

        Assert.Same(service, app.Services.GetRequiredService<TableServiceClient>());
        Assert.Equal(StorageTestAccount.Connection.TableEndpoint, service.Uri);
        Assert.NotNull(await table.GetEntityIfExistsAsync("p", "r"));
    }
}
