using System.Text.Json;
using CustomerService.Functions.Platform.Hosting.Catalogue;
using CustomerService.Functions.Platform.Hosting.Invocation;

namespace CustomerService.Functions.Platform.Hosting.Hosted;

/// <summary>
/// <c>POST /{FunctionName}</c>: how the Functions host invokes queue and timer functions (research
/// A2/A3). Mapped only in hosted mode: standalone, nobody but our own runner may dispatch triggers.
/// </summary>
public static class HostedInvocationEndpoint
{
    public const string InvocationIdHeader = "X-Azure-Functions-InvocationId";

    public static IEndpointRouteBuilder MapHostedInvocations(this IEndpointRouteBuilder app)
    {
        app.MapPost("/{functionName}", InvokeAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> InvokeAsync(string functionName, HttpRequest request, FunctionCatalogue catalogue,
        FunctionInvoker invoker, TimeProvider time, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var function = catalogue.FindTrigger(functionName);
        if (function is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such queue or timer function",
                detail: $"This app has no queue or timer function named '{functionName}'.");
        }
        var invocationId = request.Headers[InvocationIdHeader].ToString();
        JsonDocument body;
        try
        {
            body = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
        }
        catch (JsonException)
        {
            return Envelope.Failure(StatusCodes.Status400BadRequest, ["The invocation body is not JSON."]);
        }
        using (body)
        {
            try
            {
                var result = function switch
                {
                    QueueFunctionDefinition queue => await InvokeQueueAsync(queue, body.RootElement, invocationId, invoker, cancellationToken),
                    TimerFunctionDefinition timer => await InvokeTimerAsync(timer, body.RootElement, invocationId, invoker, time, cancellationToken),
                    _ => throw new InvalidOperationException($"Unexpected function kind {function.GetType().Name}"),
                };
                return result.Status == InvocationStatus.Succeeded
                    ? Envelope.Success(result.Logs)
                    : Envelope.Failure(StatusCodes.Status500InternalServerError, result.Logs);
            }
            catch (Exception e) when (e is FormatException or JsonException or OverflowException or InvalidOperationException)
            {
                loggers.CreateLogger(typeof(HostedInvocationEndpoint)).LogError(e, "Unreadable invocation payload for {FunctionName}", function.Name);
                return Envelope.Failure(StatusCodes.Status400BadRequest, [$"Unreadable invocation payload for {function.Name}: {e.GetType().Name}."]);
            }
        }
    }

    private static async Task<(InvocationStatus Status, IReadOnlyList<string> Logs)> InvokeQueueAsync(QueueFunctionDefinition function,
        JsonElement body, string invocationId, FunctionInvoker invoker, CancellationToken cancellationToken)
    {
        var invocation = HostedPayloadReader.ReadQueue(function, body, invocationId);
        var result = await invoker.InvokeAsync(function, invocation, cancellationToken);
        return (result.Status, invocation.Log.Lines);
    }

    private static async Task<(InvocationStatus Status, IReadOnlyList<string> Logs)> InvokeTimerAsync(TimerFunctionDefinition function,
        JsonElement body, string invocationId, FunctionInvoker invoker, TimeProvider time, CancellationToken cancellationToken)
    {
        var invocation = HostedPayloadReader.ReadTimer(function, body, invocationId, time.GetUtcNow());
        var result = await invoker.InvokeAsync(function, invocation, cancellationToken);
        return (result.Status, invocation.Log.Lines);
    }
}

/// <summary>The response the host expects (research A3). No output bindings: handlers write to storage themselves.</summary>
internal static class Envelope
{
    public static IResult Success(IReadOnlyList<string> logs) => TypedResults.Json(Body(logs), statusCode: StatusCodes.Status200OK);

    /// <summary>Any non-2xx fails the invocation: the host retries the message, then moves it to poison.</summary>
    public static IResult Failure(int status, IReadOnlyList<string> logs) => TypedResults.Json(Body(logs), statusCode: status);

    private static InvocationResponse Body(IReadOnlyList<string> logs) => new(new Dictionary<string, object?>(), logs, null);
}

internal sealed record InvocationResponse(
    [property: System.Text.Json.Serialization.JsonPropertyName("Outputs")] IReadOnlyDictionary<string, object?> Outputs,
    [property: System.Text.Json.Serialization.JsonPropertyName("Logs")] IReadOnlyList<string> Logs,
    [property: System.Text.Json.Serialization.JsonPropertyName("ReturnValue")] object? ReturnValue);
