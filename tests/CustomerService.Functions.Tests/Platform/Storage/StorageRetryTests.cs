using System.Collections.Concurrent;
using Azure;
using CustomerService.Functions.Platform.Storage;
using CustomerService.Functions.Platform.Storage.Queues;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace CustomerService.Functions.Tests.Platform.Storage;

/// <summary>
/// The clients' retry behaviour against a local server that answers with scripted failures
/// before succeeding, over real HTTP.
/// </summary>
public sealed class StorageRetryTests
{
    [Theory]
    [InlineData(408)]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(503)]
    public async Task Transient_statuses_are_retried_until_success(int status)
    {
        await using var server = await ScriptedServer.StartAsync(status, status);

        var created = await QueueOn(server).CreateIfNotExistsAsync();

        Assert.True(created);
        Assert.Equal(3, server.Requests.Count);
        Assert.All(server.Requests, r => Assert.StartsWith("SharedKey devstoreaccount1:", r.Authorization));
        Assert.NotEqual(server.Requests[0].Date, string.Empty);
    }

    [Fact]
    public async Task Client_errors_are_not_retried_and_keep_their_code()
    {
        await using var server = await ScriptedServer.StartAsync(400);

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => QueueOn(server).CreateIfNotExistsAsync());

        Assert.Equal(400, error.Status);
        Assert.Equal("InvalidInput", error.ErrorCode);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Persistent_failure_gives_up_after_the_configured_retries()
    {
        await using var server = await ScriptedServer.StartAsync(Enumerable.Repeat(503, 10).ToArray());
        var options = new QueueClientOptions();
        options.Retry.MaxRetries = 2;
        options.Retry.Delay = TimeSpan.FromMilliseconds(1);

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => QueueOn(server, options).CreateIfNotExistsAsync());

        Assert.Equal(503, error.Status);
        Assert.Equal("ServerBusy", error.ErrorCode);
        Assert.Equal(3, server.Requests.Count);
    }

    private static QueueClient QueueOn(ScriptedServer server, QueueClientOptions? options = null)
    {
        options ??= new QueueClientOptions();
        options.Retry.Delay = TimeSpan.FromMilliseconds(1);
        var connection = StorageConnection.Parse(
            $"AccountName=devstoreaccount1;AccountKey={StorageConnection.DevelopmentAccountKey};QueueEndpoint={server.Address}devstoreaccount1");
        return new QueueServiceClient(connection, options).GetQueueClient("retried");
    }

    /// <summary>Answers each request with the next scripted failure status, then 201 Created.</summary>
    private sealed class ScriptedServer : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly ConcurrentQueue<int> _script;

        private ScriptedServer(WebApplication app, ConcurrentQueue<int> script)
        {
            _app = app;
            _script = script;
        }

        public List<(string Authorization, string Date)> Requests { get; } = [];
        public Uri Address { get; private set; } = null!;

        public static async Task<ScriptedServer> StartAsync(params int[] failures)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var app = builder.Build();
            var server = new ScriptedServer(app, new ConcurrentQueue<int>(failures));
            app.Run(server.AnswerAsync);
            await app.StartAsync();
            server.Address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
            return server;
        }

        private async Task AnswerAsync(HttpContext context)
        {
            lock (Requests) Requests.Add((context.Request.Headers.Authorization.ToString(), context.Request.Headers["x-ms-date"].ToString()));
            if (!_script.TryDequeue(out var status))
            {
                context.Response.StatusCode = 201;
                return;
            }
            var code = status switch { 400 => "InvalidInput", 503 => "ServerBusy", 429 => "TooManyRequests", _ => "InternalError" };
            context.Response.StatusCode = status;
            context.Response.Headers["x-ms-error-code"] = code;
            context.Response.ContentType = "application/xml";
            await context.Response.WriteAsync($"<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>{code}</Code><Message>scripted</Message></Error>");
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
