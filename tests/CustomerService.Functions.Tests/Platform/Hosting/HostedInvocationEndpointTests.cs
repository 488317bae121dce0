using System.Net;
using System.Text;
using System.Text.Json;
using CustomerService.Functions.Platform.Hosting.Catalogue;
using CustomerService.Functions.Platform.Hosting.Hosted;
using CustomerService.Functions.Platform.Hosting.PlatformFunctions;
using CustomerService.Functions.Platform.Storage.Queues;
using CustomerService.Functions.Tests.Platform.Storage;
using CustomerService.Functions.Tests.Support;

namespace CustomerService.Functions.Tests.Platform.Hosting;

public sealed class HostedInvocationEndpointTests
{
    private static Task<HostedApp> StartAsync(Recorder recorder) =>
        HostedApp.StartAsync(builder =>
        {
            builder.Services.AddSingleton(recorder);
            builder.Services.AddQueueFunction<RecordingQueueFunction>("Recorded", "recorded-queue");
            builder.Services.AddTimerFunction<RecordingTimerFunction>("RecordedTimer", "0 */5 * * * *");
        });

    private static async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(HostedApp app, string function, string json, string? invocationId = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/" + function) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (invocationId is not null) request.Headers.Add(HostedInvocationEndpoint.InvocationIdHeader, invocationId);
        request.Headers.UserAgent.ParseAdd("Azure-Functions-Host/4.1037.0.0");
        using var response = await app.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    private static void AssertEnvelope(JsonElement body)
    {
        Assert.Equal(JsonValueKind.Object, body.GetProperty("Outputs").ValueKind);
        Assert.Equal(JsonValueKind.Array, body.GetProperty("Logs").ValueKind);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("ReturnValue").ValueKind);
    }

    [Theory]
    [InlineData("queue-captured-double-encoded.json", "hello!!", 1)]
    [InlineData("queue-azfunc-json-message.json", "{\"message\":\"hello\",\"number\":2}", 1)]
    [InlineData("queue-docs-plain.json", "{ message: \"hello\" }", 1)]
    [InlineData("queue-base64-bytes.json", "Показания: 12345 кВт·ч", 3)]
    [InlineData("queue-retry-context.json", "{\"appeal\":\"A-2025-000123\"}", 2)]
    public async Task Queue_payloads_reach_the_handler_and_get_the_host_envelope(string fixture, string text, long dequeueCount)
    {
        var recorder = new Recorder();
        await using var app = await StartAsync(recorder);

        var (status, body) = await PostAsync(app, "Recorded", PayloadFixture.Text(fixture), "5f1e0a9c-invocation");

        Assert.Equal(HttpStatusCode.OK, status);
        AssertEnvelope(body);
        var invocation = Assert.Single(recorder.Queue);
        Assert.Equal(text, invocation.MessageText);
        Assert.Equal(dequeueCount, invocation.DequeueCount);
        Assert.Equal("5f1e0a9c-invocation", invocation.InvocationId);
        Assert.DoesNotContain("\"", invocation.MessageId);
    }

    [Theory]
    [InlineData("timer-azfunc-status.json", false)]
    [InlineData("timer-captured-null-status.json", false)]
    [InlineData("timer-encoded-string.json", true)]
    public async Task Timer_payloads_reach_the_handler(string fixture, bool isPastDue)
    {
        var recorder = new Recorder();
        await using var app = await StartAsync(recorder);

        var (status, body) = await PostAsync(app, "RecordedTimer", PayloadFixture.Text(fixture));

        Assert.Equal(HttpStatusCode.OK, status);
        AssertEnvelope(body);
        Assert.Equal(isPastDue, Assert.Single(recorder.Timer).IsPastDue);
    }

    [Fact]
    public async Task Handler_failure_answers_non_2xx_with_the_envelope_so_the_host_retries()
    {
        var recorder = new Recorder { OnQueue = (_, _) => throw new InvalidOperationException("personal data must not leak: Иванов") };
        await using var app = await StartAsync(recorder);

        var (status, body) = await PostAsync(app, "Recorded", PayloadFixture.Text("queue-captured-double-encoded.json"));

        Assert.Equal(HttpStatusCode.InternalServerError, status);
        AssertEnvelope(body);
        var log = Assert.Single(body.GetProperty("Logs").EnumerateArray()).GetString();
        Assert.Contains("InvalidOperationException", log);
        Assert.DoesNotContain("Иванов", log);
    }

    [Fact]
    public async Task Unreadable_payload_fails_the_invocation()
    {
        var recorder = new Recorder();
        await using var app = await StartAsync(recorder);

        var (status, body) = await PostAsync(app, "Recorded", "{\"Data\":{\"queue\":\"x\"},\"Metadata\":{\"DequeueCount\":\"many\"}}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        AssertEnvelope(body);
        Assert.Empty(recorder.Queue);
    }

    [Theory]
    [InlineData("NoSuchFunction")]
    [InlineData("Health")] // an HTTP function is forwarded, never invoked this way
    public async Task Unknown_queue_or_timer_function_is_404(string name)
    {
        await using var app = await StartAsync(new Recorder());

        using var response = await app.Client.PostAsync("/" + name, new StringContent("{\"Data\":{},\"Metadata\":{}}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Standalone_mode_has_no_invocation_endpoint()
    {
        var recorder = new Recorder();
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?> { ["AzureWebJobsStorage"] = Azurite.ConnectionString }, builder =>
        {
            builder.Services.AddSingleton(recorder);
            builder.Services.AddQueueFunction<RecordingQueueFunction>("Recorded", StorageTestAccount.UniqueName("q"));
        });

        using var response = await app.Client.PostAsync("/Recorded", new StringContent(PayloadFixture.Text("queue-captured-double-encoded.json"), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(recorder.Queue);
    }

    [Fact]
    public async Task Ping_dispatched_by_the_host_answers_on_the_pong_queue()
    {
        await using var app = await StartAsync(new Recorder());
        var id = Guid.NewGuid().ToString("N");
        var message = JsonSerializer.Serialize(new Ping(id, DateTimeOffset.UtcNow), PingJson.Options);
        var payload = JsonSerializer.Serialize(new { Data = new { queue = JsonSerializer.Serialize(message) }, Metadata = new { DequeueCount = "1" } });

        var (status, _) = await PostAsync(app, PingFunction.FunctionName, payload);

        Assert.Equal(HttpStatusCode.OK, status);
        var pong = await PongQueue.WaitForAsync(id);
        Assert.Equal("hosted", pong.Mode);
        Assert.Equal(1, pong.DequeueCount);
    }
}

/// <summary>Reads the Ping function's answers; other tests' pongs are left for them.</summary>
public static class PongQueue
{
    public static async Task<Pong> WaitForAsync(string id)
    {
        var queue = new QueueServiceClient(StorageTestAccount.Connection).GetQueueClient(PingFunction.ReplyQueueName);
        Pong? found = null;
        var arrived = await Eventually.TrueAsync(async () =>
        {
            await queue.CreateIfNotExistsAsync();
            foreach (var message in await queue.PeekMessagesAsync(QueueClient.MaxMessagesPerReceive))
            {
                var pong = JsonSerializer.Deserialize<Pong>(message.MessageText, PingJson.Options)!;
                if (pong.Id == id) found = pong;
            }
            return found is not null;
        });
        Assert.True(arrived, $"No pong for ping {id}");
        return found!;
    }
}
