using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CustomerService.Functions.Platform.Hosting;
using CustomerService.Functions.Platform.Http;
using CustomerService.Functions.Platform.Security;
using CustomerService.Functions.Platform.Security.RateLimiting;
using CustomerService.Functions.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CustomerService.Functions.Tests.Platform.Security;

/// <summary>
/// Starts the real app with test-only endpoints that stand in for future feature endpoints:
/// one per kind of protection, one that throws, one with a JSON body.
/// </summary>
internal static class SecurityTestHost
{
    public static Task<TestApp> StartAsync(IDictionary<string, string?>? settings = null, bool hosted = false, CapturedLogs? logs = null) =>
        TestApp.StartAsync(settings, builder =>
        {
            if (hosted) builder.Services.AddSingleton(new AppRuntime(RunMode.Hosted, "0.0.0"));
            if (logs is not null) builder.Logging.AddProvider(logs);
        }, MapTestEndpoints);

    public static Dictionary<string, string?> AppServiceAuthentication(params (string Key, string? Value)[] extra)
    {
        var settings = new Dictionary<string, string?>
        {
            [SecuritySettings.StaffIdentity] = StaffIdentitySources.AppServiceAuthentication,
            [SecuritySettings.AppServiceAuthEnabled] = "True",
        };
        foreach (var (key, value) in extra) settings[key] = value;
        return settings;
    }

    public static Dictionary<string, string?> DevelopmentSignIn() => new() { [SecuritySettings.StaffIdentity] = StaffIdentitySources.DevelopmentSignIn };

    private static void MapTestEndpoints(WebApplication app)
    {
        var test = app.MapGroup("/api/test");
        test.MapGet("/staff", (HttpContext c) => c.GetStaffUser()!.DisplayName).RequireAuthorization(StaffPolicies.Staff);
        test.MapGet("/head", (HttpContext c) => c.GetStaffUser()!.DisplayName).RequireAuthorization(StaffPolicies.HeadOfUnit);
        test.MapGet("/s2s", (HttpContext c) => c.GetApiCaller()).RequireAuthorization(ApiCallerPolicies.ServerToServer);
        test.MapPost("/public", () => "принято").RequireRateLimiting(RateLimitPolicies.PublicIntake);
        test.MapPost("/echo", (EchoRequest request) => request);
        test.MapGet("/throw", string () => throw new FormatException("The input '+7 916 555-12-34' for ivanova@example.ru was not valid."));
        test.MapPost("/validate", (EchoRequest request) =>
            new ValidationProblemBuilder()
                .AddIf(string.IsNullOrWhiteSpace(request.Phone), "phone", "Укажите номер телефона.")
                .AddIf(request.Count < 1, "count", "Количество должно быть положительным.")
                .AddIf(request.Count < 1, "count", "Количество должно быть положительным.")
                .ToResult());
    }

    public static string PrincipalHeader(string objectId, string name, params string[] roles)
    {
        var claims = new List<object>
        {
            new { typ = "http://schemas.microsoft.com/identity/claims/objectidentifier", val = objectId },
            new { typ = "name", val = name },
            new { typ = "preferred_username", val = "staff@example.ru" },
        };
        claims.AddRange(roles.Select(r => new { typ = "roles", val = r }));
        var json = JsonSerializer.Serialize(new
        {
            auth_typ = "aad",
            claims,
            name_typ = "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress",
            role_typ = "http://schemas.microsoft.com/ws/2008/06/identity/claims/role",
        });
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(json));
    }

    public static async Task<JsonElement> ReadProblemAsync(HttpResponseMessage response, int expectedStatus)
    {
        Assert.Equal(expectedStatus, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(expectedStatus, body.GetProperty("status").GetInt32());
        Assert.Equal(response.Headers.GetValues(CorrelationId.HeaderName).Single(), body.GetProperty("correlationId").GetString());
        return body;
    }

    public static HttpRequestMessage Get(string path, string? bearer = null) => With(new HttpRequestMessage(HttpMethod.Get, path), bearer);

    public static HttpRequestMessage With(HttpRequestMessage request, string? bearer)
    {
        if (bearer is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        return request;
    }
}

internal sealed record EchoRequest(string? Phone, int Count);

/// <summary>
/// Records everything a log sink could write: category, message, structured values, scopes and
/// the exception text — what the JSON console formatter prints, without sharing the console.
/// </summary>
internal sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> _lines = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<string> Lines => _lines.ToList();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose() { }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var line = new StringBuilder($"{logLevel} {category}: {formatter(state, exception)}");
            if (state is IEnumerable<KeyValuePair<string, object?>> values) foreach (var (k, v) in values) line.Append($" |{k}={v}");
            owner._scopes.ForEachScope((scope, text) =>
            {
                text.Append(" |scope ").Append(scope);
                if (scope is IEnumerable<KeyValuePair<string, object?>> pairs) foreach (var (k, v) in pairs) text.Append($" {k}={v}");
            }, line);
            if (exception is not null) line.Append(" |exception ").Append(exception);
            owner._lines.Enqueue(line.ToString());
        }
    }
}
