using System.Globalization;
using System.Threading.RateLimiting;
using CustomerService.Functions.Platform.Hosting;
using Microsoft.AspNetCore.RateLimiting;

namespace CustomerService.Functions.Platform.Security.RateLimiting;

/// <summary>
/// Named rate-limit policies for anonymous endpoints: <c>.RequireRateLimiting(RateLimitPolicies.PublicIntake)</c>.
/// Over the limit the client gets 429 problem+json with <c>Retry-After</c>.
/// </summary>
public static class RateLimitPolicies
{
    /// <summary>Public intake (website forms, readings, feedback): a fixed window per client address.</summary>
    public const string PublicIntake = "public-intake";

    internal static IServiceCollection AddPlatformRateLimiting(this IServiceCollection services)
    {
        services.AddSingleton(provider => PublicIntakeLimits.FromConfiguration(provider.GetRequiredService<IConfiguration>()));
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(PublicIntake, PublicIntakePartition);
            options.OnRejected = RejectAsync;
        });
    }

    private static RateLimitPartition<string> PublicIntakePartition(HttpContext context)
    {
        var limits = context.RequestServices.GetRequiredService<PublicIntakeLimits>();
        var mode = context.RequestServices.GetRequiredService<AppRuntime>().Mode;
        var client = ClientAddress.PartitionKey(mode, context.Request.Headers[ClientAddress.ForwardedForHeader].ToString(), context.Connection.RemoteIpAddress);
        return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limits.PermitLimit,
            Window = limits.Window,
            QueueLimit = 0,
        });
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RateLimitPolicies))
            .LogInformation("Rate limit exceeded on {Route}; answered 429", (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText);
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = StatusCodes.Status429TooManyRequests },
        });
    }
}

/// <summary>Configured limits of <see cref="RateLimitPolicies.PublicIntake"/>.</summary>
public sealed record PublicIntakeLimits(int PermitLimit, TimeSpan Window)
{
    public static PublicIntakeLimits FromConfiguration(IConfiguration configuration)
    {
        var permits = configuration.GetValue(SecuritySettings.PublicIntakePermitLimit, 30);
        var seconds = configuration.GetValue(SecuritySettings.PublicIntakeWindowSeconds, 60);
        if (permits < 1 || seconds < 1)
            throw new InvalidOperationException($"{SecuritySettings.PublicIntakePermitLimit} and {SecuritySettings.PublicIntakeWindowSeconds} must be positive.");
        return new PublicIntakeLimits(permits, TimeSpan.FromSeconds(seconds));
    }
}
