using System.Text.RegularExpressions;
using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Features.Deadlines.Planning;
using CustomerService.Functions.Platform.Http;
using CustomerService.Functions.Platform.Security;

namespace CustomerService.Functions.Features.Deadlines.Policies.Editing;

/// <summary>
/// Checks a policy version an administrator adds, field by field, in Russian. Pure. The promises
/// quoted in acknowledgements are taken from the organization's profile, never from the body, so the
/// two cannot drift.
/// </summary>
public static partial class DeadlinePolicyValidator
{
    private const int MaxRules = 100;
    private static readonly string[] EscalationRoles = [.. StaffRoles.All, EscalationStep.Director];
    private static readonly string[] Reasons =
    [
        ExtensionReasons.ThirdPartyRequest, ExtensionReasons.FieldCheck, ExtensionReasons.ComplexCase,
        ExtensionReasons.AdditionalStudy, ExtensionReasons.Exceptional, ExtensionReasons.SpecialistDate,
    ];

    /// <returns>The policy to store, or null with the problems filled in.</returns>
    public static DeadlinePolicy? Validate(DeadlinePolicy? policy, OrganizationProfile organization, DateOnly today, ValidationProblemBuilder problems)
    {
        if (policy is null)
        {
            problems.Add("policy", "Пустое тело: пришлите версию политики в формате GET /api/deadlines/policies.");
            return null;
        }
        problems.AddIf(policy.OrganizationId is { Length: > 0 } id && id != organization.Id, "organizationId", $"Политика относится к «{policy.OrganizationId}», а добавляется для «{organization.Id}».");
        problems.AddIf(!IsVersion(policy.Version), "version", "Версия — от 1 до 20 латинских букв, цифр, точек и дефисов, например 2027.1.");
        problems.AddIf(policy.EffectiveFrom < today, "effectiveFrom", $"Дата начала действия не может быть раньше сегодняшней ({today:dd.MM.yyyy}): обращения, уже зарегистрированные, сохраняют свою версию.");
        problems.AddIf(string.IsNullOrWhiteSpace(policy.Source), "source", "Укажите документ, из которого взяты сроки (стандарт, приказ).");
        var rules = policy.Rules ?? [];
        if (rules.Count is 0 or > MaxRules) problems.Add("rules", $"Нужно от 1 до {MaxRules} правил.");
        for (var i = 0; i < rules.Count; i++) CheckRule(rules[i], $"rules[{i}]", problems);
        foreach (var duplicate in rules.Where(r => r?.Id is not null).GroupBy(r => r.Id).Where(g => g.Count() > 1))
            problems.Add("rules", $"Идентификатор правила «{duplicate.Key}» повторяется.");
        if (!rules.Any(r => r is { Match: { Condition: DeadlineCondition.General, Kinds: null, Channels: null, ApplicantKinds: null, Classifications: null } }))
            problems.Add("rules", "Нужно хотя бы одно общее правило без условий отбора (match пустой): оно применяется, когда не подходит ни одно другое.");
        if (problems.HasErrors) return null;
        return policy with { OrganizationId = organization.Id, Source = policy.Source.Trim(), Promises = organization.Promises };
    }

    private static void CheckRule(DeadlineRule? rule, string at, ValidationProblemBuilder problems)
    {
        if (rule is null)
        {
            problems.Add(at, "Пустое правило.");
            return;
        }
        problems.AddIf(string.IsNullOrWhiteSpace(rule.Id), $"{at}.id", "Укажите идентификатор правила.");
        problems.AddIf(string.IsNullOrWhiteSpace(rule.Title), $"{at}.title", "Укажите, для чего срок.");
        CheckLimit(rule.Limit, $"{at}.limit", required: true, problems);
        CheckLimit(rule.Target, $"{at}.target", required: false, problems);
        CheckLimit(rule.Cap, $"{at}.cap", required: false, problems);
        CheckLimit(rule.Registration, $"{at}.registration", required: false, problems);
        problems.AddIf((rule.RemindDaysBefore ?? []).Any(d => d is < 0 or > 365), $"{at}.remindDaysBefore", "Напоминания — от 0 до 365 календарных дней до срока.");
        foreach (var step in rule.Escalation ?? [])
        {
            problems.AddIf(!EscalationRoles.Contains(step?.Role), $"{at}.escalation", $"Эскалация к неизвестной роли «{step?.Role}»; допустимы: {string.Join(", ", EscalationRoles)}.");
            problems.AddIf(step is { DaysFromDue: < -60 or > 60 }, $"{at}.escalation", "Эскалация — не дальше 60 дней от срока.");
        }
        if (rule.Extension is { } extension) CheckExtension(extension, $"{at}.extension", problems);
    }

    private static void CheckLimit(TimeLimit? limit, string at, bool required, ValidationProblemBuilder problems)
    {
        if (limit is null)
        {
            problems.AddIf(required, at, "Укажите срок.");
            return;
        }
        var max = limit.Unit == LimitUnit.Hours ? 24 * 365 : 365 * 3;
        problems.AddIf(limit.Value < 0 || limit.Value > max, $"{at}.value", $"Срок — от 0 до {max} {(limit.Unit == LimitUnit.Hours ? "часов" : "дней")}.");
        problems.AddIf(limit.DayType == DayType.Unspecified, $"{at}.dayType", "Укажите вид дней: calendar или working.");
    }

    private static void CheckExtension(ExtensionRule extension, string at, ValidationProblemBuilder problems)
    {
        problems.AddIf(extension.MaxDays is < 1 or > 365, $"{at}.maxDays", "Продление — от 1 до 365 дней (или не указано).");
        problems.AddIf(extension.MaxCount is < 1 or > 10, $"{at}.maxCount", "Число продлений — от 1 до 10 (или не указано).");
        problems.AddIf(extension.Reasons is null || extension.Reasons.Count == 0 || extension.Reasons.Any(r => !Reasons.Contains(r)), $"{at}.reasons",
            $"Укажите причины продления из списка: {string.Join(", ", Reasons)}.");
        problems.AddIf(extension.NoticeWithinDays is < 0 or > 60, $"{at}.noticeWithinDays", "Уведомить заявителя — в срок от 0 до 60 дней (или не указано).");
        problems.AddIf(extension.DayType == DayType.Unspecified, $"{at}.dayType", "Укажите вид дней продления: calendar или working.");
    }

    /// <summary>1–20 Latin letters, digits, dots and hyphens (a document id part, a URL segment).</summary>
    public static bool IsVersion(string? version) => version is not null && VersionPattern().IsMatch(version);

    [GeneratedRegex("^[0-9A-Za-z][0-9A-Za-z.-]{0,19}$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionPattern();
}
