using CustomerService.Functions.Features.Appeals.Model;
using static CustomerService.Functions.Features.Appeals.Model.AppealStatus;

namespace CustomerService.Functions.Features.Appeals.Workflow;

/// <summary>
/// The state machine of one appeal: each method returns null when the action is allowed in the
/// given state, else the Russian reason (answered as 409 problem+json). Pure.
/// </summary>
public static class WorkflowRules
{
    public const string Finished = "Обращение закрыто: изменения невозможны.";
    public const string AlreadySent = "Ответ уже отправлен заявителю: действие недоступно.";

    public static string? Classify(AppealStatus status) =>
        Common(status) ?? (status is Registered or Classified or Assigned or AwaitingApplicant ? null : "Классификацию нельзя менять после подготовки ответа.");

    public static string? Assign(AppealStatus status, bool classified) =>
        Common(status) ?? (!classified ? "Сначала классифицируйте обращение."
            : status is Classified or Assigned or AwaitingApplicant or AnswerDrafted ? null
            : "Назначить исполнителя нельзя после утверждения ответа.");

    public static string? RequestInformation(AppealStatus status) =>
        Common(status) ?? (status is Registered or Classified or Assigned or AwaitingApplicant ? null : "Запросить информацию можно только до подготовки ответа.");

    public static string? Draft(AppealStatus status, string? assigneeId, string? assigneeName, string userId) =>
        Common(status)
        ?? (assigneeId is null ? "Обращение ещё не назначено исполнителю."
            : assigneeId != userId ? $"Проект ответа готовит назначенный исполнитель: {assigneeName ?? assigneeId}."
            : status is Assigned or AwaitingApplicant or AnswerDrafted or AnswerApproved ? null
            : "Проект ответа нельзя подготовить в текущем состоянии обращения.");

    public static string? Approve(AppealStatus status) => Common(status) ?? status switch
    {
        AnswerDrafted => null,
        AnswerApproved => "Ответ уже утверждён.",
        _ => "Нельзя утвердить ответ: проект ответа не подготовлен.",
    };

    public static string? Send(AppealStatus status) => Common(status) ?? status switch
    {
        AnswerApproved => null,
        AnswerDrafted => "Нельзя отправить ответ, не утверждённый руководителем подразделения.",
        _ => "Нельзя отправить ответ: проект ответа не подготовлен и не утверждён.",
    };

    public static string? Close(AppealStatus status) => status switch
    {
        AnswerSent => null,
        Closed or NotConsidered => Finished,
        _ => "Закрыть можно только обращение, ответ на которое отправлен заявителю.",
    };

    public static string? PublishFaq(AppealStatus status) =>
        status is AnswerSent or Closed ? null : "Опубликовать можно только вопрос, ответ на который отправлен заявителю.";

    public static string? DecideNonConsideration(AppealStatus status) =>
        Common(status) ?? (status is AnswerApproved ? "Ответ уже утверждён: решение о нерассмотрении невозможно." : null);

    private static string? Common(AppealStatus status) => status switch
    {
        Closed or NotConsidered => Finished,
        AnswerSent => AlreadySent,
        _ => null,
    };
}
