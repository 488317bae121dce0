using CustomerService.Functions.Features.Appeals.Registration;
using CustomerService.Functions.Platform.Storage;
using CustomerService.Functions.Platform.Storage.Queues;
using CustomerService.Functions.Platform.Storage.Tables;
using CustomerService.Functions.Tests.Support;

namespace CustomerService.Functions.Tests.Features.Appeals;

/// <summary>The group-committed counter: every caller its own number, none skipped, across instances.</summary>
[Collection(AppealsCollection.Name)]
public sealed class RegistrationCounterTests
{
    private static AppealTables Tables()
    {
        var connection = StorageConnection.Parse(Azurite.ConnectionString);
        return new AppealTables(new TableServiceClient(connection), new QueueServiceClient(connection));
    }

    private static RegistrationCounter NewInstance() => new(Tables());

    [Fact]
    public async Task Parallel_callers_on_two_instances_get_every_number_exactly_once()
    {
        var organization = "counter-test-" + Guid.NewGuid().ToString("N")[..8];
        var (first, second) = (NewInstance(), NewInstance());
        await Tables().EnsureCreatedAsync(CancellationToken.None);

        var numbers = await Task.WhenAll(Enumerable.Range(0, 300).Select(i => (i % 2 == 0 ? first : second).NextAsync(organization, 2026, CancellationToken.None)));

        Assert.Equal(Enumerable.Range(1, 300).Select(n => (long)n), numbers.Order());
    }

    [Fact]
    public async Task A_caller_that_gives_up_does_not_stop_the_others()
    {
        var organization = "counter-test-" + Guid.NewGuid().ToString("N")[..8];
        var counter = NewInstance();
        await Tables().EnsureCreatedAsync(CancellationToken.None);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => counter.NextAsync(organization, 2026, cancelled.Token));
        var numbers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => counter.NextAsync(organization, 2026, CancellationToken.None)));

        Assert.Equal(20, numbers.Distinct().Count());
        Assert.All(numbers, n => Assert.InRange(n, 1, 21)); // the abandoned number may be a gap
    }
}
