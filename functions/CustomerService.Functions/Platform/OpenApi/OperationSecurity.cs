using CustomerService.Functions.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;

namespace CustomerService.Functions.Platform.OpenApi;

/// <summary>
/// Derives each operation's security requirement and its 401/403/429 answers from the endpoint's
/// own authorization and rate-limiting metadata, so the document cannot disagree with the code.
/// </summary>
public static class OperationSecurity
{
    /// <summary>The scheme an endpoint requires, or null when it is anonymous.</summary>
    public static string? SchemeFor(IReadOnlyList<object> metadata)
    {
        // As the authorization middleware decides: any IAllowAnonymous makes the endpoint anonymous.
        if (metadata.OfType<IAllowAnonymous>().Any()) return null;
        var policies = metadata.OfType<IAuthorizeData>().ToList();
        if (policies.Count == 0) return null;
        return policies.Any(p => p.Policy == ApiCallerPolicies.ServerToServer) ? ApiSecuritySchemes.FunctionKey : ApiSecuritySchemes.StaffBearer;
    }

    public static Task ApplyAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (SchemeFor(metadata.ToList()) is { } scheme)
        {
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(scheme, context.Document)] = [] }];
            ProblemResponses.Add(operation, context.Document, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden);
        }
        if (metadata.OfType<EnableRateLimitingAttribute>().Any())
            ProblemResponses.Add(operation, context.Document, StatusCodes.Status429TooManyRequests);
        return Task.CompletedTask;
    }
}
