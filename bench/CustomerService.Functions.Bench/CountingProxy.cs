using System.Net;
using CustomerService.Functions.Platform.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;

namespace CustomerService.Functions.Bench;

/// <summary>
/// A pass-through proxy in front of Azurite's blob, queue and table endpoints that counts every
/// request, by kind (table insert, merge, get…, queue put, blob put). Paths, query and headers are forwarded unchanged, so Shared Key signatures stay valid
/// (the host header is not signed). The handler gets <see cref="ConnectionString"/> instead of Azurite's.
/// </summary>
public sealed class CountingProxy : IAsyncDisposable
{
    private static readonly HashSet<string> HopByHop = new(StringComparer.OrdinalIgnoreCase) { "Host", "Connection", "Transfer-Encoding", "Keep-Alive" };

    private readonly WebApplication _app;
    private readonly HttpClient _client = new(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false, MaxConnectionsPerServer = 256 });
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, long> _kinds = new(StringComparer.Ordinal);
    private readonly Dictionary<int, string> _services = [];
    private long _requests;

    private CountingProxy(StorageConnection target, string accountKey)
    {
        var ports = new[] { HandlerProcess.FreePort(), HandlerProcess.FreePort(), HandlerProcess.FreePort() };
        var targets = new Dictionary<int, Uri>
        {
            [ports[0]] = Origin(target.BlobEndpoint),
            [ports[1]] = Origin(target.QueueEndpoint),
            [ports[2]] = Origin(target.TableEndpoint),
        };
        (_services[ports[0]], _services[ports[1]], _services[ports[2]]) = ("blob", "queue", "table");
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = null;
            foreach (var port in ports) kestrel.Listen(IPAddress.Loopback, port);
        });
        _app = builder.Build();
        _app.Run(context => ForwardAsync(context, targets[context.Connection.LocalPort]));
        ConnectionString = $"DefaultEndpointsProtocol=http;AccountName={target.AccountName};AccountKey={accountKey};" +
            $"BlobEndpoint=http://127.0.0.1:{ports[0]}{target.BlobEndpoint.AbsolutePath};" +
            $"QueueEndpoint=http://127.0.0.1:{ports[1]}{target.QueueEndpoint.AbsolutePath};" +
            $"TableEndpoint=http://127.0.0.1:{ports[2]}{target.TableEndpoint.AbsolutePath};";
    }

    public string ConnectionString { get; }

    /// <summary>Requests forwarded so far (every service).</summary>
    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>Requests forwarded so far, by kind (e.g. "table insert", "queue put").</summary>
    public IReadOnlyDictionary<string, long> Kinds => new Dictionary<string, long>(_kinds);

    /// <summary>
    /// What a request does, from its service, method and path: enough to tell the request path's
    /// operations apart (point read vs query, insert vs merge vs batch, queue put, blob put).
    /// </summary>
    public static string Kind(string service, string method, string path, string query)
    {
        var last = path[(path.LastIndexOf('/') + 1)..];
        return (service, method) switch
        {
            ("table", "POST") when last == "$batch" => "table batch",
            ("table", "POST") when last == "Tables" => "table create",
            ("table", "POST") => "table insert",
            ("table", "MERGE") => "table merge",
            ("table", "PUT") => "table update",
            ("table", "DELETE") => "table delete",
            ("table", "GET") when last.EndsWith(')') && last.Contains("RowKey=", StringComparison.Ordinal) => "table get",
            ("table", "GET") => "table query",
            ("queue", "POST") when last == "messages" => "queue put",
            ("queue", "GET") when last == "messages" => "queue get",
            ("queue", "DELETE") when path.Contains("/messages/", StringComparison.Ordinal) => "queue delete",
            ("blob", "PUT") when query.Contains("comp=block", StringComparison.Ordinal) => "blob put block",
            ("blob", "PUT") when query.Contains("restype=container", StringComparison.Ordinal) => "blob create container",
            ("blob", "PUT") => "blob put",
            _ => $"{service} {method.ToLowerInvariant()}",
        };
    }

    public static async Task<CountingProxy> StartAsync(string connectionString)
    {
        var key = connectionString.Split(';').Select(p => p.Split('=', 2)).First(kv => kv[0] == "AccountKey")[1];
        var proxy = new CountingProxy(StorageConnection.Parse(connectionString), key);
        await proxy._app.StartAsync();
        return proxy;
    }

    private async Task ForwardAsync(HttpContext context, Uri origin)
    {
        Interlocked.Increment(ref _requests);
        var request = context.Request;
        _kinds.AddOrUpdate(Kind(_services[context.Connection.LocalPort], request.Method, Uri.UnescapeDataString(request.Path.Value ?? ""), request.QueryString.Value ?? ""), 1, (_, n) => n + 1);
        using var forward = new HttpRequestMessage(new HttpMethod(request.Method), new Uri(origin, request.Path.ToUriComponent() + request.QueryString.ToUriComponent()));
        if (request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0) forward.Content = new StreamContent(request.Body);
        foreach (var (name, values) in request.Headers)
        {
            if (HopByHop.Contains(name)) continue;
            if (!forward.Headers.TryAddWithoutValidation(name, values.ToArray())) forward.Content?.Headers.TryAddWithoutValidation(name, values.ToArray());
        }
        using var response = await _client.SendAsync(forward, HttpCompletionOption.ResponseHeadersRead, context.RequestAborted);
        context.Response.StatusCode = (int)response.StatusCode;
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            if (!HopByHop.Contains(name)) context.Response.Headers[name] = values.ToArray();
        }
        await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
    }

    private static Uri Origin(Uri endpoint) => new(endpoint.GetLeftPart(UriPartial.Authority));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _client.Dispose();
    }
}
