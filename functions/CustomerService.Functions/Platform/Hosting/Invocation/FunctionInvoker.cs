using CustomerService.Functions.Platform.Hosting.Catalogue;

namespace CustomerService.Functions.Platform.Hosting.Invocation;

/// <summary>
/// Runs a function's handler in its own DI scope. Both dispatchers (the hosted endpoint and the
/// standalone runner) come through here, so handler code cannot tell who dispatched it.
/// </summary>
public sealed class FunctionInvoker(IServiceScopeFactory scopes, ILogger<FunctionInvoker> logger)
{
    public Task<InvocationResult> InvokeAsync(QueueFunctionDefinition function, QueueInvocation invocation, CancellationToken cancellationToken) =>
        RunAsync(function, invocation.InvocationId, invocation.Log,
            services => ((IQueueFunction)services.GetRequiredService(function.Handler)).RunAsync(invocation, cancellationToken),
            cancellationToken);

    public Task<InvocationResult> InvokeAsync(TimerFunctionDefinition function, TimerInvocation invocation, CancellationToken cancellationToken) =>
        RunAsync(function, invocation.InvocationId, invocation.Log,
            services => ((ITimerFunction)services.GetRequiredService(function.Handler)).RunAsync(invocation, cancellationToken),
            cancellationToken);

    private async Task<InvocationResult> RunAsync(FunctionDefinition function, string invocationId, InvocationLog log,
        Func<IServiceProvider, Task> run, CancellationToken cancellationToken)
    {
        using var _ = logger.BeginScope(new Dictionary<string, object> { ["FunctionName"] = function.Name, ["InvocationId"] = invocationId });
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            await run(scope.ServiceProvider);
            return InvocationResult.Succeeded;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            log.Write($"{function.Name} was cancelled (shutting down).");
            return InvocationResult.Cancelled;
        }
        catch (Exception e)
        {
            // The exception goes to the app log only; its message may hold personal data, so the
            // invocation log (which the host forwards) names the type alone.
            logger.LogError(e, "Function {FunctionName} failed (invocation {InvocationId})", function.Name, invocationId);
            log.Write($"{function.Name} failed: {e.GetType().Name}.");
            return InvocationResult.Failed(e);
        }
    }
}

public enum InvocationStatus
{
    Succeeded,
    Failed,

    /// <summary>Stopped by shutdown: not a failure of the message, which must simply come back.</summary>
    Cancelled,
}

public sealed record InvocationResult(InvocationStatus Status, Exception? Error)
{
    public static InvocationResult Succeeded { get; } = new(InvocationStatus.Succeeded, null);
    public static InvocationResult Cancelled { get; } = new(InvocationStatus.Cancelled, null);
    public static InvocationResult Failed(Exception error) => new(InvocationStatus.Failed, error);
}
