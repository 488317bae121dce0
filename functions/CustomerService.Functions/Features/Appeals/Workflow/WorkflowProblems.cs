using CustomerService.Functions.Platform.Http;

namespace CustomerService.Functions.Features.Appeals.Workflow;

/// <summary>The workflow's problem+json answers, with Russian texts for the staff UI.</summary>
public static class WorkflowProblems
{
    public const string ChangedText = "Обращение изменилось, пока вы с ним работали: обновите карточку и повторите действие.";

    public static IResult NotFound() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Обращение не найдено.", detail: ProblemTexts.NotFound);

    /// <summary>The action does not fit the appeal's state (e.g. sending an answer that is not approved).</summary>
    public static IResult InvalidTransition(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Действие недопустимо в текущем состоянии обращения.", detail: detail);

    /// <summary>
    /// Another change won: 412 when the caller's own <c>If-Match</c> is stale, 409 when the
    /// appeal changed between our read and our write.
    /// </summary>
    public static IResult Changed(bool callerIfMatch) =>
        TypedResults.Problem(statusCode: callerIfMatch ? StatusCodes.Status412PreconditionFailed : StatusCodes.Status409Conflict,
            title: "Обращение изменилось.", detail: ChangedText);

    public static IResult Invalid(string field, string message) => new ValidationProblemBuilder().Add(field, message).ToResult();
}
