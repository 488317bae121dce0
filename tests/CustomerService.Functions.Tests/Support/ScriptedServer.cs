using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;

namespace CustomerService.Functions.Tests.Support;

/// <summary>
/// A stand-in storage endpoint on loopback: answers each request with the next scripted failure
/// status (with a storage error body), then 201 Created; records every request it saw.
/// </summary>
public sealed class ScriptedServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<int> _script;

    private ScriptedServer(WebApplication app, ConcurrentQueue<int> script)
    {
        _app = app;
        _script = script;
    }

    public List<(string Authorization, string Date)> Requests { get; } = [];

    public int RequestCount
    {
        get { lock (Requests) return Requests.Count; }
    }
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
