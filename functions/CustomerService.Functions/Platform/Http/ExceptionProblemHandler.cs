using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace CustomerService.Functions.Platform.Http;

/// <summary>
/// Turns exceptions into problem+json. Client mistakes (malformed JSON, unreadable parameters,
/// oversized bodies) are 4xx with a generic Russian detail; everything else is a 500 that says
/// nothing about the cause. Exception messages are never returned or logged: they can quote
/// input (a phone number that failed to parse), so the log keeps the type and stack only.
/// </summary>
internal sealed class ExceptionProblemHandler(IProblemDetailsService problems, ILogger<ExceptionProblemHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, detail) = Classify(exception);
        if (status >= 500)
        {
            logger.LogError("Unhandled {ExceptionType}{InnerTypes} at {StackTrace}", exception.GetType().FullName, InnerTypes(exception), exception.StackTrace);
        }
        else
        {
            logger.LogInformation("Rejected a malformed request ({ExceptionType}{InnerTypes}) with {StatusCode}", exception.GetType().FullName, InnerTypes(exception), status);
        }
        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = status, Detail = detail },
        });
    }

    internal static (int Status, string Detail) Classify(Exception exception) => exception switch
    {
        BadHttpRequestException { InnerException: JsonException } => (StatusCodes.Status400BadRequest, ProblemTexts.MalformedJson),
        BadHttpRequestException bad => (bad.StatusCode, bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? ProblemTexts.TooLarge : ProblemTexts.BadRequest),
        JsonException => (StatusCodes.Status400BadRequest, ProblemTexts.MalformedJson),
        OperationCanceledException => (StatusCodes.Status499ClientClosedRequest, ProblemTexts.Cancelled),
        _ => (StatusCodes.Status500InternalServerError, ProblemTexts.ServerError),
    };

    private static string InnerTypes(Exception exception)
    {
        var names = new List<string>();
        for (var inner = exception.InnerException; inner is not null; inner = inner.InnerException) names.Add(inner.GetType().FullName!);
        return names.Count == 0 ? "" : " <- " + string.Join(" <- ", names);
    }
}

/// <summary>Generic Russian texts for platform-level problems (customers see them).</summary>
public static class ProblemTexts
{
    public const string MalformedJson = "Тело запроса не является корректным JSON или не соответствует ожидаемому формату.";
    public const string BadRequest = "Запрос не может быть обработан: проверьте его параметры.";
    public const string TooLarge = "Запрос слишком велик.";
    public const string Cancelled = "Запрос отменён клиентом.";
    public const string ServerError = "Внутренняя ошибка сервера. Если ошибка повторяется, сообщите в поддержку идентификатор correlationId.";
    public const string ValidationTitle = "Запрос содержит ошибки.";
    public const string Unauthorized = "Требуется вход в систему.";
    public const string Forbidden = "Недостаточно прав для этого действия.";
    public const string NotFound = "Ресурс не найден.";
    public const string MethodNotAllowed = "Метод не поддерживается для этого адреса.";
    public const string TooManyRequests = "Слишком много запросов. Повторите попытку позже.";
}
