using CustomerService.Functions.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing.Patterns;

namespace CustomerService.Functions.Platform.Hosting.Catalogue;

/// <summary>
/// Every function of the app. Queue and timer functions come from the service collection (see
/// <see cref="FunctionRegistration"/>); HTTP functions from endpoints carrying <see cref="HttpFunctionMetadata"/>.
/// </summary>
public sealed class FunctionCatalogue
{
    /// <summary>The route prefix in host.json (<c>extensions.http.routePrefix</c>); endpoints map under it.</summary>
    public const string RoutePrefix = "api";

    private readonly Dictionary<string, FunctionDefinition> _triggers;

    public FunctionCatalogue(IEnumerable<FunctionDefinition> triggerFunctions)
    {
        var list = triggerFunctions.ToList();
        CheckUnique(list);
        _triggers = list.ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);
        QueueFunctions = list.OfType<QueueFunctionDefinition>().OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
        TimerFunctions = list.OfType<TimerFunctionDefinition>().OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
    }

    public IReadOnlyList<QueueFunctionDefinition> QueueFunctions { get; }
    public IReadOnlyList<TimerFunctionDefinition> TimerFunctions { get; }

    /// <summary>The queue or timer function of that name (case-insensitive, as the host's folder lookup is), or null.</summary>
    public FunctionDefinition? FindTrigger(string name) => _triggers.GetValueOrDefault(name);

    /// <summary>All functions, HTTP ones read from the app's endpoints, ordered by name.</summary>
    public IReadOnlyList<FunctionDefinition> All(IEndpointRouteBuilder endpoints)
    {
        var all = ReadHttpFunctions(endpoints).Concat(_triggers.Values).ToList();
        CheckUnique(all);
        return all.OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>Endpoints under <c>/api</c> that are not functions: unreachable behind the Functions host.</summary>
    public static IReadOnlyList<string> UncataloguedApiRoutes(IEndpointRouteBuilder endpoints) =>
        RouteEndpoints(endpoints)
            .Where(e => e.Metadata.GetMetadata<HttpFunctionMetadata>() is null)
            .Select(e => Route(e.RoutePattern))
            .Where(r => r == RoutePrefix || r.StartsWith(RoutePrefix + "/", StringComparison.Ordinal))
            .Distinct()
            .ToList();

    private static IEnumerable<HttpFunctionDefinition> ReadHttpFunctions(IEndpointRouteBuilder endpoints)
    {
        var marked = RouteEndpoints(endpoints)
            .Select(e => (Endpoint: e, Function: e.Metadata.GetMetadata<HttpFunctionMetadata>()))
            .Where(x => x.Function is not null)
            .GroupBy(x => x.Function!.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var group in marked)
        {
            var routes = group.Select(x => FunctionRoute(x.Endpoint)).Distinct().ToList();
            var levels = group.Select(x => x.Function!.AuthLevel).Distinct().ToList();
            if (routes.Count > 1 || levels.Count > 1)
            {
                throw new InvalidOperationException($"HTTP function '{group.Key}' is marked on endpoints with different routes or auth levels: {string.Join(", ", routes)}.");
            }
            CheckServerToServerNeedsKey(group.Key, levels[0], group.Select(x => x.Endpoint));
            var methods = group.Select(x => x.Endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods).ToList();
            // One endpoint without a method filter accepts every method, so the function must too.
            var all = methods.Any(m => m is null or { Count: 0 });
            var merged = all ? [] : methods.SelectMany(m => m!).Select(m => m.ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal).ToList();
            yield return new HttpFunctionDefinition(group.First().Function!.Name, routes[0], merged, levels[0]);
        }
    }

    /// <summary>
    /// Hosted, the handler trusts server-to-server callers because the host checked their
    /// function key; an anonymous function would let anyone through unchecked.
    /// </summary>
    private static void CheckServerToServerNeedsKey(string name, FunctionAuthLevel level, IEnumerable<RouteEndpoint> endpoints)
    {
        var serverToServer = endpoints.Any(e => e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == ApiCallerPolicies.ServerToServer));
        if (serverToServer && level == FunctionAuthLevel.Anonymous)
        {
            throw new InvalidOperationException(
                $"HTTP function '{name}' requires {nameof(ApiCallerPolicies)}.{nameof(ApiCallerPolicies.ServerToServer)} and must be declared with {nameof(FunctionAuthLevel)}.{nameof(FunctionAuthLevel.Function)} so the host checks the caller's key.");
        }
    }

    private static string FunctionRoute(RouteEndpoint endpoint)
    {
        var route = Route(endpoint.RoutePattern);
        if (!route.StartsWith(RoutePrefix + "/", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"HTTP function endpoint '{route}' must be mapped under /{RoutePrefix} (host.json routePrefix).");
        }
        return route[(RoutePrefix.Length + 1)..];
    }

    private static string Route(RoutePattern pattern) => (pattern.RawText ?? string.Empty).Trim('/');

    private static IEnumerable<RouteEndpoint> RouteEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>();

    private static void CheckUnique(IEnumerable<FunctionDefinition> functions)
    {
        var duplicates = functions.GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0)
        {
            throw new InvalidOperationException($"Function names must be unique (they are folder names): {string.Join(", ", duplicates)}.");
        }
    }
}
