using Microsoft.AspNetCore.Diagnostics;

namespace CustomerService.Functions.Platform.Http;

/// <summary>
/// One line per request, replacing ASP.NET Core's own request logging (switched off in
/// <see cref="HttpPlatformRegistration"/>) because that one writes the full URL with its query
/// string. This line names the matched route pattern (<c>/api/appeals/{id}</c>), never the
/// concrete path, query, headers or body, so it cannot carry personal data.
/// </summary>
internal sealed class RequestLogMiddleware(RequestDelegate next, ILogger<RequestLogMiddleware> logger, TimeProvider clock)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = clock.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            // The exception handler clears the endpoint before answering; its feature keeps it.
            var endpoint = context.GetEndpoint() ?? context.Features.Get<IExceptionHandlerFeature>()?.Endpoint;
            var route = (endpoint as RouteEndpoint)?.RoutePattern.RawText ?? "(no endpoint)";
            logger.LogInformation("HTTP {Method} {Route} responded {StatusCode} in {ElapsedMs:0} ms",
                context.Request.Method, route, context.Response.StatusCode, clock.GetElapsedTime(started).TotalMilliseconds);
        }
    }
}
