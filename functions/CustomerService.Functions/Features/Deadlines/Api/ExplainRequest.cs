using CustomerService.Functions.Features.Appeals.Intake;
using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Features.Deadlines.Planning;
using CustomerService.Functions.Platform.Http;

namespace CustomerService.Functions.Features.Deadlines.Api;

/// <summary>
/// <c>POST /api/deadlines/explain</c> body: an appeal's deadline facts, enums as their camelCase
/// wire names. Checked field by field (Russian messages) before anything is computed.
/// </summary>
public sealed record ExplainRequest(
    string? OrganizationId,
    string? PolicyVersion,
    string? Kind,
    string? Channel,
    string? ApplicantKind,
    string? Classification,
    string? Condition,
    DateTimeOffset? SentAt,
    DateTimeOffset? ReceivedAt,
    DateTimeOffset? RegisteredAt,
    IReadOnlyList<ExplainRequest.Extension>? Extensions,
    IReadOnlyList<ExplainRequest.Pause>? Pauses)
{
    public sealed record Extension(int? Days, string? Reason, DateTimeOffset? GrantedAt, string? GrantedBy);

    public sealed record Pause(DateTimeOffset? From, DateTimeOffset? Until);

    /// <summary>The facts, or the problems; <paramref name="defaultOrganization"/> when none is named.</summary>
    public DeadlineFacts? ToFacts(string defaultOrganization, ValidationProblemBuilder problems)
    {
        problems.AddIf(!WireEnum<AppealKind>.TryParse(Kind, out var kind), "kind", $"Укажите вид обращения: {WireEnum<AppealKind>.AllowedList()}.");
        problems.AddIf(!WireEnum<Channel>.TryParse(Channel, out var channel), "channel", $"Укажите канал поступления: {WireEnum<Channel>.AllowedList()}.");
        var applicant = Appeals.Model.ApplicantKind.Individual;
        problems.AddIf(ApplicantKind is not null && !WireEnum<ApplicantKind>.TryParse(ApplicantKind, out applicant), "applicantKind", $"Категория заявителя: {WireEnum<ApplicantKind>.AllowedList()}.");
        ClassificationCode? classification = null;
        if (Classification is not null)
        {
            if (WireEnum<ClassificationCode>.TryParse(Classification, out var code)) classification = code;
            else problems.Add("classification", $"Классификация: {WireEnum<ClassificationCode>.AllowedList()}.");
        }
        var condition = DeadlineCondition.General;
        problems.AddIf(Condition is not null && !WireEnum<DeadlineCondition>.TryParse(Condition, out condition), "condition", $"Обстоятельство: {WireEnum<DeadlineCondition>.AllowedList()}.");
        problems.AddIf(ReceivedAt is null, "receivedAt", "Укажите дату и время поступления (ISO 8601 со смещением).");
        problems.AddIf(RegisteredAt is not null && ReceivedAt is not null && RegisteredAt < ReceivedAt, "registeredAt", "Дата регистрации не может быть раньше даты поступления.");
        problems.AddIf(SentAt is not null && ReceivedAt is not null && SentAt > ReceivedAt, "sentAt", "Дата отправки не может быть позже даты поступления.");
        var extensions = Extensions?.Select((e, i) => ToExtension(e, i, problems)).ToList() ?? [];
        var pauses = Pauses?.Select((p, i) => ToPause(p, i, problems)).ToList() ?? [];
        if (problems.HasErrors) return null;
        return new DeadlineFacts(string.IsNullOrWhiteSpace(OrganizationId) ? defaultOrganization : OrganizationId.Trim(), PolicyVersion, kind, channel, applicant, classification,
            SentAt, ReceivedAt!.Value, RegisteredAt ?? ReceivedAt!.Value, [.. extensions.OfType<GrantedExtension>()], [.. pauses.OfType<PausedInterval>()], condition);
    }

    private static GrantedExtension? ToExtension(Extension e, int i, ValidationProblemBuilder problems)
    {
        problems.AddIf(e.Days is not > 0, $"extensions[{i}].days", "Укажите срок продления (положительное число дней).");
        problems.AddIf(string.IsNullOrWhiteSpace(e.Reason), $"extensions[{i}].reason", "Укажите причину продления.");
        problems.AddIf(e.GrantedAt is null, $"extensions[{i}].grantedAt", "Укажите дату продления.");
        return e is { Days: > 0, GrantedAt: { } at } && !string.IsNullOrWhiteSpace(e.Reason) ? new GrantedExtension(e.Days.Value, e.Reason.Trim(), at, e.GrantedBy?.Trim() ?? "") : null;
    }

    private static PausedInterval? ToPause(Pause p, int i, ValidationProblemBuilder problems)
    {
        problems.AddIf(p.From is null, $"pauses[{i}].from", "Укажите начало паузы.");
        problems.AddIf(p is { From: { } f, Until: { } u } && u < f, $"pauses[{i}].until", "Конец паузы раньше её начала.");
        return p.From is { } from ? new PausedInterval(from, p.Until) : null;
    }
}
