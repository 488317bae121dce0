namespace CustomerService.Functions.Platform.Hosting.Catalogue;

/// <summary>
/// One function of the app as the Azure Functions host sees it: a folder with function.json.
/// The code is the single source of truth; function.json files are generated from these.
/// </summary>
public abstract record FunctionDefinition(string Name);

/// <summary>An HTTP function: forwarded by the host to the ASP.NET Core endpoint with the same route.</summary>
/// <param name="Route">Route below the <c>api</c> prefix, e.g. <c>health</c> or <c>appeals/{id}</c>.</param>
/// <param name="Methods">Lower-case HTTP methods; empty means every method.</param>
public sealed record HttpFunctionDefinition(string Name, string Route, IReadOnlyList<string> Methods, FunctionAuthLevel AuthLevel)
    : FunctionDefinition(Name);

/// <summary>A queue-triggered function; <paramref name="Handler"/> implements <see cref="Invocation.IQueueFunction"/>.</summary>
public sealed record QueueFunctionDefinition(string Name, string QueueName, string Connection, Type Handler)
    : FunctionDefinition(Name)
{
    /// <summary>Where messages go after <c>maxDequeueCount</c> failed attempts (the Functions convention).</summary>
    public string PoisonQueueName => QueueName + "-poison";
}

/// <summary>A timer-triggered function; <paramref name="Handler"/> implements <see cref="Invocation.ITimerFunction"/>.</summary>
/// <param name="Schedule">Six-field NCRONTAB (<c>{second} {minute} {hour} {day} {month} {day-of-week}</c>), UTC.</param>
public sealed record TimerFunctionDefinition(string Name, string Schedule, bool RunOnStartup, Type Handler)
    : FunctionDefinition(Name);

/// <summary>Who may call an HTTP function when the Functions host fronts it.</summary>
public enum FunctionAuthLevel
{
    /// <summary>No key: public intake, health, staff routes protected by App Service Authentication.</summary>
    Anonymous,

    /// <summary>A function or host key (server-to-server callers such as the chat-bot).</summary>
    Function,
}
