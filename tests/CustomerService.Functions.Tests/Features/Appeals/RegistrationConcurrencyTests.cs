using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Azure.Core;
using Azure.Core.Pipeline;
using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Features.Appeals.Registration;
using CustomerService.Functions.Platform.Storage;
using CustomerService.Functions.Platform.Storage.Blobs;
using CustomerService.Functions.Platform.Storage.Queues;
using CustomerService.Functions.Platform.Storage.Tables;
using CustomerService.Functions.Tests.Support;
using Microsoft.AspNetCore.Http;
using static CustomerService.Functions.Tests.Features.Appeals.AppealsHost;

namespace CustomerService.Functions.Tests.Features.Appeals;

[Collection(AppealsCollection.Name)]
public sealed class RegistrationConcurrencyTests
{
    private const string Mupes = "mupes-divnogorsk";
    private static readonly OrganizationProfile Profile = OrganizationProfiles.Find(Mupes)!;

    [Fact]
    public async Task The_request_path_takes_four_storage_operations_with_a_key_and_three_without_plus_one_per_attachment()
    {
        var counting = new CountingPolicy();
        await using var app = await StartAsync(Mupes, configure: builder =>
        {
            builder.Services.AddSingleton<IHttpContextAccessor>(counting.Accessor);
            builder.Services.AddSingleton(s => new TableServiceClient(s.GetRequiredService<StorageConnection>(), counting.AddTo(new StorageClientOptions())));
            builder.Services.AddSingleton(s => new QueueServiceClient(s.GetRequiredService<StorageConnection>(), counting.AddTo(new QueueClientOptions())));
            builder.Services.AddSingleton(s => new BlobServiceClient(s.GetRequiredService<StorageConnection>(), counting.AddTo(new BlobClientOptions())));
        });
        // Warm-up: creates the tables, queue and attachment container and learns the counter's ETag (once per process).
        await IntakeHttpTests.AssertRegisteredAsync(app, await app.Client.SendAsync(
            MultipartIntakeTests.Multipart(ValidBody(Profile), [("a.png", Attachments.SampleFiles.Png(), "image/png")], Guid.NewGuid().ToString())));

        counting.Requests.Clear();
        Assert.Equal(HttpStatusCode.Created, (await app.Client.SendAsync(Post("/api/appeals", ValidBody(Profile), Guid.NewGuid().ToString()))).StatusCode);
        var withKey = counting.Requests.ToArray();
        counting.Requests.Clear();
        Assert.Equal(HttpStatusCode.Created, (await app.Client.SendAsync(Post("/api/appeals", ValidBody(Profile)))).StatusCode);
        var withoutKey = counting.Requests.ToArray();
        counting.Requests.Clear();
        var files = new[] { ("a.pdf", Attachments.SampleFiles.Pdf(), (string?)"application/pdf"), ("b.png", Attachments.SampleFiles.Png(), "image/png") };
        Assert.Equal(HttpStatusCode.Created, (await app.Client.SendAsync(MultipartIntakeTests.Multipart(ValidBody(Profile), files, Guid.NewGuid().ToString()))).StatusCode);
        var withFiles = counting.Requests.ToArray();

        // The transaction comes last; before it, the event goes out alongside the counter update and
        // the Put Blob calls (which run in parallel), so only their set is fixed. Only a request with
        // files looks for a replay first (it would upload them again); a JSON replay is found by the transaction's 409.
        AssertOperations(null, ["MERGE AppealCounters", "POST appeal-registered"], withKey);
        AssertOperations(null, ["MERGE AppealCounters", "POST appeal-registered"], withoutKey);
        AssertOperations("GET Appeals", ["MERGE AppealCounters", "PUT blob", "PUT blob", "POST appeal-registered"], withFiles);
    }

    private static void AssertOperations(string? first, string[] between, string[] actual)
    {
        string[] expected = [.. first is null ? [] : new[] { first }, .. between.Order(StringComparer.Ordinal), "POST $batch"];
        var skip = first is null ? 0 : 1;
        string[] sorted = [.. actual.Take(skip), .. actual.Skip(skip).Take(actual.Length - skip - 1).Order(StringComparer.Ordinal), .. actual.TakeLast(1)];
        Assert.Equal(expected, sorted);
        Assert.Equal("POST $batch", actual.LastOrDefault());
        if (first is not null) Assert.Equal(first, actual.FirstOrDefault());
    }

    [Fact]
    public async Task Two_hundred_parallel_requests_on_two_instances_give_unique_numbers_and_one_appeal_per_key()
    {
        await using var first = await StartAsync(Mupes);
        await using var second = await StartAsync(Mupes);
        const int requests = 200, keys = 150; // keys 0–49 are sent twice, to different instances
        var runId = Guid.NewGuid().ToString("N")[..8];
        var bodies = Enumerable.Range(0, keys).Select(k =>
        {
            var body = ValidBody(Profile);
            body["questions"]![0]!["text"] = $"Вопрос {runId}-{k}";
            return body;
        }).ToArray();

        var responses = await Task.WhenAll(Enumerable.Range(0, requests).Select(async i =>
        {
            var key = i % keys;
            var app = (i < keys ? i % 2 : 1 - i % 2) == 0 ? first : second;
            var response = await app.Client.SendAsync(Post("/api/appeals", bodies[key], $"{runId}-{key}"));
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {text}");
            return (Key: key, Replayed: response.Headers.Contains("Idempotent-Replayed"), Body: JsonDocument.Parse(text).RootElement);
        }));

        var byKey = responses.GroupBy(r => r.Key).ToDictionary(g => g.Key, g => g.Select(r => r.Body.GetProperty("registrationNumber").GetString()!).Distinct().ToArray());
        Assert.All(byKey.Values, numbers => Assert.Single(numbers)); // a repeated key answers the same appeal
        var numbers = byKey.Values.Select(n => n[0]).ToArray();
        Assert.Equal(keys, numbers.Distinct().Count()); // every key its own number
        Assert.Equal(requests - keys, responses.Count(r => r.Replayed));

        // Exactly one stored appeal per key, holding the number its callers were told.
        var appeals = first.Services.GetRequiredService<TableServiceClient>().GetTableClient("Appeals");
        var stored = new List<string>();
        await foreach (var row in appeals.QueryAsync(TableFilter.StartsWith("RowKey", AppealTables.AppealRowKeyPrefix) & TableFilter.StartsWith("Question1", $"Вопрос {runId}-"), ["RegistrationNumber"]))
            stored.Add(row.GetString("RegistrationNumber")!);
        Assert.Equal(numbers.Order(), stored.Order());
    }

    /// <summary>Records the storage requests made while serving an appeals HTTP request (background trigger polling is not counted).</summary>
    private sealed class CountingPolicy : HttpPipelineSynchronousPolicy
    {
        public HttpContextAccessor Accessor { get; } = new();
        public ConcurrentQueue<string> Requests { get; } = new();

        public T AddTo<T>(T options) where T : ClientOptions
        {
            options.AddPolicy(this, HttpPipelinePosition.PerRetry);
            return options;
        }

        public override void OnSendingRequest(HttpMessage message)
        {
            if (Accessor.HttpContext?.Request.Path.StartsWithSegments("/api/appeals") != true) return;
            var path = message.Request.Uri.Path;
            var resource = path.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1];
            resource = resource.Split('(')[0];
            if (path.Contains("/appeal-attachments/", StringComparison.Ordinal)) resource = "blob";
            // A queue is named after the app's queue-name prefix (AppealsHost.Settings): count it by its own name.
            if (resource == "messages") resource = AppealTables.RegisteredQueue is var q && path.Contains(q, StringComparison.Ordinal) ? q : path.Split('/', StringSplitOptions.RemoveEmptyEntries)[^2];
            Requests.Enqueue($"{message.Request.Method} {resource}");
        }
    }
}
