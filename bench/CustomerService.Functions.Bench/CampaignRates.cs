using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using CustomerService.Functions.Features.Informing.Campaigns.Execution;
using CustomerService.Functions.Features.Informing.Campaigns.Model;
using CustomerService.Functions.Features.Informing.Campaigns.Planning;
using CustomerService.Functions.Features.Informing.Campaigns.Reports;
using CustomerService.Functions.Features.Informing.Campaigns.Sources;
using CustomerService.Functions.Features.Informing.Campaigns.Store;
using CustomerService.Functions.Platform.Hosting;
using CustomerService.Functions.Platform.Hosting.Catalogue;
using CustomerService.Functions.Platform.Storage;
using CustomerService.Functions.Platform.Storage.Queues;

namespace CustomerService.Functions.Bench;

/// <summary>
/// Issue #5's campaign benchmark, in process: the app's own queue functions against the bench's
/// storage and a small fake ACS (SMS, repeatability ids honoured, 500 and 429 injected). Recipients
/// come from <c>BENCH_CAMPAIGN_RECIPIENTS</c> (default 100,000; 10,000 with --quick). Storage is
/// <see cref="BenchOptions.CampaignStorage"/>: bench/run.sh gives this section an Azurite in memory,
/// because on disk Azurite re-serializes its whole database every 5 seconds and a 100,000-recipient
/// run slowed to a standstill (docs/campaigns.md).
/// </summary>
public static class CampaignRates
{
    public static async Task RunAsync(BenchOptions options, BenchReport report)
    {
        options = options with { StorageConnection = options.CampaignStorage ?? options.StorageConnection };
        var count = int.TryParse(Environment.GetEnvironmentVariable("BENCH_CAMPAIGN_RECIPIENTS"), CultureInfo.InvariantCulture, out var n) ? n : options.Scale(100_000);
        await using var acs = await BenchAcs.StartAsync();
        var recipients = new BenchRecipients();
        var app = FunctionApp.Build(["--urls", "http://127.0.0.1:0"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["AzureWebJobsStorage"] = options.StorageConnection,
                ["Communication:Endpoint"] = acs.Endpoint,
                ["Communication:AccessKey"] = Convert.ToBase64String("bench-acs-key-0123456789abcdef01"u8.ToArray()),
                ["Communication:SmsSender"] = "+70000000001",
                ["Campaigns:MaxQueueDelay"] = "00:00:05",
            });
            builder.Services.AddSingleton<ICampaignRecipients>(recipients);
            var suffix = Guid.NewGuid().ToString("N")[..10];
            builder.Services.AddSingleton(new CampaignQueueNames("bplan-" + suffix, "bdispatch-" + suffix));
            builder.Services.AddQueueFunction<CampaignPlanFunction>("BenchCampaignPlan", "bplan-" + suffix);
            builder.Services.AddQueueFunction<CampaignDispatchFunction>("BenchCampaignDispatch", "bdispatch-" + suffix);
        });
        await app.StartAsync();
        try
        {
            var puts = await QueuePutRateAsync(options, Math.Min(count, 5000));

            acs.FaultEvery = 25;
            var listId = recipients.Add(count);
            var (plan, total, sent) = await RunCampaignAsync(app.Services, listId, count, null);
            report.Add("campaigns", $"{count:N0} recipients: plan and enqueue", plan.TotalSeconds, "s");
            report.Add("campaigns", $"{count:N0} recipients: unthrottled dispatch (faults injected)", sent / total.TotalSeconds, "msg/s",
                $"raw queue put {puts:0} puts/s in the same run");
            report.Add("campaigns", "duplicates at ACS (faults injected)", acs.Duplicates(recipients.PhonePrefix(listId)), "messages",
                $"{count - acs.DistinctRecipients(recipients.PhonePrefix(listId))} recipients lost");

            acs.FaultEvery = 0;
            var throttledCount = Math.Min(count, 2400);
            const int rate = 1200;
            var throttledList = recipients.Add(throttledCount);
            await RunCampaignAsync(app.Services, throttledList, throttledCount, rate);
            var measured = acs.RateOf(recipients.PhonePrefix(throttledList), app.Services.GetRequiredService<CampaignSettings>().Batch);
            report.Add("campaigns", $"throttled at {rate}/min, {throttledCount:N0} recipients", measured, "msg/min", $"{measured / rate * 100:0.0} % of configured");
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private static async Task<(TimeSpan Plan, TimeSpan Total, long Sent)> RunCampaignAsync(IServiceProvider services, string listId, int count, int? rate)
    {
        var store = services.GetRequiredService<CampaignStore>();
        var tables = services.GetRequiredService<CampaignTables>();
        var now = DateTimeOffset.UtcNow;
        var definition = new CampaignDefinition("bench", "debtNotice", listId, [CampaignChannels.Sms], new CampaignWindow(now, now.AddDays(1), QuietHours.None),
            "Europe/Moscow", rate is null ? new Dictionary<string, SendRate>() : new() { [CampaignChannels.Sms] = new SendRate(rate) },
            new Dictionary<string, object> { ["asOfDate"] = "2026-12-01", ["companyPhone"] = "8 800 000-00-00" }, null, null);
        var row = await store.CreateAsync(definition, "bench", CancellationToken.None);
        await store.MoveAsync(row.PartitionKey, CampaignStatus.Approved, null, null, new Dictionary<string, object>(), CancellationToken.None);
        await store.MoveAsync(row.PartitionKey, CampaignStatus.Running, null, null, new Dictionary<string, object> { ["StartedAt"] = now }, CancellationToken.None);
        var clock = Stopwatch.StartNew();
        await services.GetRequiredService<CampaignStarter>().StartAsync(row.PartitionKey, CancellationToken.None);
        TimeSpan? planned = null;
        while (true)
        {
            await Task.Delay(500);
            var campaign = (await store.GetAsync(row.PartitionKey, CancellationToken.None))!;
            if (planned is null && campaign.GetBoolean(CampaignRow.PlanningDone) == true) planned = clock.Elapsed;
            if (planned is null) continue;
            var progress = await CampaignProgress.ReadAsync(tables, campaign, CancellationToken.None);
            if (progress.Finished) return (planned.Value, clock.Elapsed, progress.Sent);
            if (clock.Elapsed > TimeSpan.FromHours(2)) throw new TimeoutException($"Campaign of {count} did not finish: {progress}");
        }
    }

    private static async Task<double> QueuePutRateAsync(BenchOptions options, int count)
    {
        var queue = new QueueServiceClient(StorageConnection.Parse(options.StorageConnection)).GetQueueClient("bench-put-" + Guid.NewGuid().ToString("N")[..10]);
        await queue.CreateIfNotExistsAsync();
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 16 },
            async (i, token) => await queue.SendMessageAsync("{\"campaignId\":\"c\",\"partition\":\"p\",\"group\":\"g\"}", cancellationToken: token));
        var rate = count / clock.Elapsed.TotalSeconds;
        await queue.DeleteIfExistsAsync();
        return rate;
    }
}

/// <summary>Lists of generated customers, all in Moscow, consent given, SMS only.</summary>
internal sealed class BenchRecipients : ICampaignRecipients
{
    private readonly ConcurrentDictionary<string, int> _lists = new();
    private readonly ConcurrentDictionary<string, int> _numbers = new();

    public string Add(int count)
    {
        var id = "bench-" + Guid.NewGuid().ToString("N")[..12];
        _lists[id] = count;
        _numbers[id] = _numbers.Count;
        return id;
    }

    /// <summary>Every phone of the list starts with it (lists never share a number).</summary>
    public string PhonePrefix(string listId) => $"+79{_numbers[listId]}";

    public Task<RecipientListInfo?> FindListAsync(string listId, CancellationToken cancellationToken) =>
        Task.FromResult(_lists.TryGetValue(listId, out var count) ? new RecipientListInfo(listId, count, ["account", "fullName", "nameAndPatronymic", "amount", "address"]) : null);

    public Task<RecipientPage> ReadPageAsync(string listId, string? continuation, int pageSize, CancellationToken cancellationToken)
    {
        var count = _lists[listId];
        var from = continuation is null ? 0 : int.Parse(continuation, CultureInfo.InvariantCulture);
        var page = Enumerable.Range(from, Math.Min(pageSize, count - from)).Select(i => new CampaignRecipient(
            $"{listId}-{i}", $"{PhonePrefix(listId)}{i:D8}", null, "Europe/Moscow", "ru", true, [], "sms",
            new Dictionary<string, object> { ["account"] = i.ToString("D10", CultureInfo.InvariantCulture), ["amount"] = "1234,50", ["nameAndPatronymic"] = "Мария Петровна" })).ToList();
        var next = from + page.Count;
        return Task.FromResult(new RecipientPage(page, next < count ? next.ToString(CultureInfo.InvariantCulture) : null));
    }
}

/// <summary>A fake ACS SMS endpoint: repeatability ids honoured (a repeat returns the first answer), every n-th request 500 or 429.</summary>
internal sealed class BenchAcs : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, (string To, string MessageId, string Tag, DateTimeOffset At)> _sent = new();
    private readonly ConcurrentDictionary<string, int> _perRecipient = new();
    private WebApplication _app = null!;
    private int _requests;

    public string Endpoint { get; private set; } = "";
    public int FaultEvery { get; set; }
    public int Duplicates(string phonePrefix) => _perRecipient.Where(p => p.Key.StartsWith(phonePrefix, StringComparison.Ordinal)).Sum(p => Math.Max(0, p.Value - 1));

    public int DistinctRecipients(string phonePrefix) => _perRecipient.Count(p => p.Key.StartsWith(phonePrefix, StringComparison.Ordinal));

    public static async Task<BenchAcs> StartAsync()
    {
        var acs = new BenchAcs();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        acs._app = builder.Build();
        acs._app.MapPost("/sms", (Delegate)acs.SmsAsync);
        await acs._app.StartAsync();
        acs.Endpoint = acs._app.Urls.First() + "/";
        return acs;
    }

    /// <summary>
    /// Messages per minute to one list's phones. A throttled campaign sends a batch at each slot, so
    /// the span from the first to the last accepted message ends where the last batch starts: the
    /// messages sent in that span are all but the last batch (counting them all overstated the rate
    /// by one batch, 4 % of a 1,200-message run).
    /// </summary>
    public double RateOf(string phonePrefix, int batch)
    {
        var times = _sent.Values.Where(s => s.To.StartsWith(phonePrefix, StringComparison.Ordinal)).Select(s => s.At).Order().ToList();
        return times.Count <= batch ? 0 : (times.Count - batch) / (times[^1] - times[0]).TotalMinutes;
    }

    private async Task<IResult> SmsAsync(HttpContext context)
    {
        var number = Interlocked.Increment(ref _requests);
        if (FaultEvery > 0 && number % FaultEvery == 0) return Results.StatusCode(500);
        if (FaultEvery > 0 && number % (FaultEvery + 7) == 0)
        {
            context.Response.Headers.RetryAfter = "1";
            return Results.StatusCode(429);
        }
        var request = (await JsonNode.ParseAsync(context.Request.Body))!;
        var results = new JsonArray();
        foreach (var recipient in request["smsRecipients"]!.AsArray())
        {
            var to = recipient!["to"]!.GetValue<string>();
            var repeatability = recipient["repeatabilityRequestId"]?.GetValue<string>() ?? Guid.NewGuid().ToString();
            var sent = _sent.GetOrAdd(repeatability, _ =>
            {
                _perRecipient.AddOrUpdate(to, 1, (_, c) => c + 1);
                return (to, "Outgoing_" + Guid.NewGuid().ToString("N"), request["smsSendOptions"]?["tag"]?.GetValue<string>() ?? "", DateTimeOffset.UtcNow);
            });
            results.Add(new JsonObject { ["to"] = to, ["messageId"] = sent.MessageId, ["httpStatusCode"] = 202, ["repeatabilityResult"] = "accepted", ["successful"] = true });
        }
        return Results.Json(new JsonObject { ["value"] = results }, statusCode: 202);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
