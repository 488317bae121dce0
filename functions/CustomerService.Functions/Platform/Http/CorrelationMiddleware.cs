namespace CustomerService.Functions.Platform.Http;

/// <summary>
/// Gives every request a correlation id, returns it in <c>x-correlation-id</c> and opens a
/// logging scope so every log line written while handling the request carries it.
/// Runs first in the pipeline so even error responses have it.
/// </summary>
internal sealed class CorrelationMiddleware(RequestDelegate next, ILogger<CorrelationMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var headers = context.Request.Headers;
        var id = CorrelationId.Choose(headers[CorrelationId.HeaderName].FirstOrDefault(), headers[CorrelationId.TraceParentHeaderName].FirstOrDefault());
        context.Features.Set<ICorrelationIdFeature>(new CorrelationIdFeature(id));
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[CorrelationId.HeaderName] = id;
            return Task.CompletedTask;
        });
        using (logger.BeginScope(new CorrelationScope(id)))
        {
            await next(context);
        }
    }
}

public interface ICorrelationIdFeature
{
    string CorrelationId { get; }
}

internal sealed record CorrelationIdFeature(string CorrelationId) : ICorrelationIdFeature;

public static class CorrelationHttpContextExtensions
{
    /// <summary>The request's correlation id (set by the platform for every request).</summary>
    public static string? GetCorrelationId(this HttpContext context) =>
        context.Features.Get<ICorrelationIdFeature>()?.CorrelationId;
}
