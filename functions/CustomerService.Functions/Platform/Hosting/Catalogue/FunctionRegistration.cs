using System.Text.RegularExpressions;
using CustomerService.Functions.Platform.Hosting.Invocation;
using CustomerService.Functions.Platform.Hosting.Scheduling;
using CustomerService.Functions.Platform.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CustomerService.Functions.Platform.Hosting.Catalogue;

/// <summary>
/// How a feature declares its functions, from its own folder: queue and timer functions go into
/// the service collection, HTTP functions are endpoints marked with <see cref="AsFunction{TBuilder}"/>.
/// Nothing central lists them, so features never edit a shared file to add a function.
/// </summary>
public static partial class FunctionRegistration
{
    /// <summary>Registers a function triggered by messages on <paramref name="queueName"/> (created on first use in standalone mode).</summary>
    public static IServiceCollection AddQueueFunction<THandler>(this IServiceCollection services, string name, string queueName)
        where THandler : class, IQueueFunction
    {
        CheckName(name);
        if (!QueueNamePattern().IsMatch(queueName) || queueName.Contains("--", StringComparison.Ordinal))
        {
            // 56, not 63: the poison queue appends "-poison" and must be a valid name too.
            throw new ArgumentException($"'{queueName}' is not a valid queue name (3–56 lower-case letters, digits, single hyphens).", nameof(queueName));
        }
        services.AddSingleton<FunctionDefinition>(new QueueFunctionDefinition(name, queueName, StorageConnection.ConnectionSetting, typeof(THandler)));
        services.TryAddScoped<THandler>();
        return services;
    }

    /// <summary>Registers a function run on a six-field NCRONTAB <paramref name="schedule"/> (UTC) or a <c>hh:mm:ss</c> interval.</summary>
    public static IServiceCollection AddTimerFunction<THandler>(this IServiceCollection services, string name, string schedule, bool runOnStartup = false)
        where THandler : class, ITimerFunction
    {
        CheckName(name);
        TimerSchedule.Parse(schedule); // a schedule that never fires must fail at start-up, not silently
        services.AddSingleton<FunctionDefinition>(new TimerFunctionDefinition(name, schedule, runOnStartup, typeof(THandler)));
        services.TryAddScoped<THandler>();
        return services;
    }

    /// <summary>Makes this endpoint (mapped under <c>/api</c>) an HTTP function the host forwards to.</summary>
    public static TBuilder AsFunction<TBuilder>(this TBuilder builder, string name, FunctionAuthLevel authLevel)
        where TBuilder : IEndpointConventionBuilder
    {
        CheckName(name);
        return builder.WithMetadata(new HttpFunctionMetadata(name, authLevel));
    }

    internal static void CheckName(string name)
    {
        // The name is a folder next to host.json and the path the host POSTs to: keep it plain.
        if (!FunctionNamePattern().IsMatch(name))
        {
            throw new ArgumentException($"'{name}' is not a valid function name (a letter, then letters, digits, '_' or '-', at most 127).", nameof(name));
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]{0,126}$")]
    private static partial Regex FunctionNamePattern();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,54}[a-z0-9]$")]
    private static partial Regex QueueNamePattern();
}
