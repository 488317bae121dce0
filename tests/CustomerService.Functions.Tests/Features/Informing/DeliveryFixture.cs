using CustomerService.Functions.Features.Informing;
using CustomerService.Functions.Features.Informing.Delivery;
using CustomerService.Functions.Platform.Communication;
using CustomerService.Functions.Platform.Storage;
using CustomerService.Functions.Platform.Storage.Queues;
using CustomerService.Functions.Platform.Storage.Tables;
using CustomerService.Functions.Tests.Platform.Communication;
using CustomerService.Functions.Tests.Support;
using CustomerService.Functions.Tests.Support.FakeAcs;

namespace CustomerService.Functions.Tests.Features.Informing;

/// <summary>Delivery wired by hand to Azurite and a fake ACS; outbox rows written straight into the shared Outbox table with unique ids.</summary>
internal sealed class DeliveryFixture
{
    public const string PublicBaseUrl = "https://cs.example.ru";
    private static readonly StorageConnection Connection = StorageConnection.Parse(Azurite.ConnectionString);

    public DeliveryFixture(CommunicationClients acs, TimeProvider? time = null)
    {
        time ??= TimeProvider.System;
        Tables = new DeliveryTables(new TableServiceClient(Connection), new QueueServiceClient(Connection));
        Store = new DeliveryStore(Tables, time);
        Dispatch = new OutboxDispatch(Tables, acs);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [InformingSettings.PublicBaseUrl] = PublicBaseUrl }).Build();
        Delivery = new MessageDelivery(Tables, Store, new AcsSender(acs, configuration), Dispatch, time);
    }

    public DeliveryTables Tables { get; }
    public DeliveryStore Store { get; }
    public OutboxDispatch Dispatch { get; }
    public MessageDelivery Delivery { get; }

    public static DeliveryFixture For(FakeAcsServer acs, int maxRetries = 3, TimeSpan? networkTimeout = null)
    {
        var options = FakeAcsClients.Options(networkTimeout);
        options.Retry.MaxRetries = maxRetries;
        return new DeliveryFixture(CommunicationClients.Create(CommunicationConnection.WithKey(acs.Endpoint, FakeAcsServer.AccessKey), "+70000000001", "DoNotReply@example.ru", options));
    }

    /// <summary>An acknowledgement-like outbox row as appeals write it.</summary>
    public async Task<DispatchRequest> AddOutboxRowAsync(string channel, string? to, DateTimeOffset? createdAt = null, string? day = null)
    {
        await Tables.EnsureCreatedAsync(CancellationToken.None);
        var at = createdAt ?? DateTimeOffset.UtcNow;
        var appealId = Guid.NewGuid().ToString("N");
        var statusPath = $"/api/appeals/125-ФЛ/status?code={appealId[..8]}";
        var row = new TableEntity(day ?? at.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), $"{appealId}-acknowledgement")
        {
            ["AppealId"] = appealId, ["RegistrationNumber"] = "125-ФЛ", ["Channel"] = channel, ["Language"] = "ru",
            ["Subject"] = "Обращение № 125-ФЛ зарегистрировано", ["Body"] = $"Здравствуйте! Статус обращения: {statusPath}.",
            ["StatusPath"] = statusPath, ["CreatedAt"] = at, ["State"] = OutboxStates.Pending,
        };
        if (to is not null) row["To"] = to;
        await Tables.Outbox.AddEntityAsync(row);
        return new DispatchRequest(row.PartitionKey, row.RowKey);
    }

    public async Task<string?> OutboxStateAsync(DispatchRequest request) =>
        (await Tables.Outbox.GetEntityAsync(request.Day, request.MessageId)).GetString("State");

    public async Task<List<TableEntity>> RecordsAsync(DispatchRequest request)
    {
        var records = new List<TableEntity>();
        await foreach (var record in Tables.Records.QueryAsync(TableFilter.PartitionKeyEquals(request.MessageId))) records.Add(record);
        return records;
    }
}
