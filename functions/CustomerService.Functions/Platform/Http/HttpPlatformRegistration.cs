namespace CustomerService.Functions.Platform.Http;

/// <summary>
/// Cross-cutting HTTP behaviour every endpoint gets: problem+json for every error, a
/// correlation id on every response and log line, JSON console logs without personal data.
/// Called from the security registration so the composition root keeps one line per area.
/// </summary>
public static class HttpPlatformRegistration
{
    public static WebApplicationBuilder AddHttpPlatform(this WebApplicationBuilder builder)
    {
        ConfigureLogging(builder.Logging);
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = AddPlatformFields);
        builder.Services.AddExceptionHandler<ExceptionProblemHandler>();
        // Our handler logs a sanitised line itself; the middleware's own log line would include
        // the exception message, which may quote input.
        builder.Services.Configure<ExceptionHandlerOptions>(options => options.SuppressDiagnosticsCallback = _ => true);
        // Unreadable bodies and parameters become exceptions the handler answers with a 400
        // problem+json explaining what was wrong, instead of an empty 400.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return builder;
    }

    /// <summary>Outermost middleware; call before anything that can fail or log.</summary>
    public static IApplicationBuilder UseHttpPlatform(this IApplicationBuilder app)
    {
        app.UseMiddleware<CorrelationMiddleware>();
        app.UseMiddleware<RequestLogMiddleware>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }

    private static void ConfigureLogging(ILoggingBuilder logging)
    {
        logging.AddJsonConsole(options =>
        {
            options.IncludeScopes = true;
            options.UseUtcTimestamp = true;
            options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        });
        // ASP.NET Core's request logging writes the full URL (query strings carry keys and, on
        // public endpoints, phone numbers) and its request scope carries the concrete path.
        // RequestLogMiddleware writes a route-pattern line instead.
        logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None);
    }

    private static void AddPlatformFields(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        problem.Detail ??= DefaultDetail(problem.Status);
        var correlationId = context.HttpContext.GetCorrelationId();
        if (correlationId is not null) problem.Extensions["correlationId"] = correlationId;
    }

    private static string? DefaultDetail(int? status) => status switch
    {
        StatusCodes.Status401Unauthorized => ProblemTexts.Unauthorized,
        StatusCodes.Status403Forbidden => ProblemTexts.Forbidden,
        StatusCodes.Status404NotFound => ProblemTexts.NotFound,
        StatusCodes.Status405MethodNotAllowed => ProblemTexts.MethodNotAllowed,
        StatusCodes.Status429TooManyRequests => ProblemTexts.TooManyRequests,
        _ => null,
    };
}
