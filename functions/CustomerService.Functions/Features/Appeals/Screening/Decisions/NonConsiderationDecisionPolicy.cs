using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Features.Appeals.Screening.Rules;

namespace CustomerService.Functions.Features.Appeals.Screening.Decisions;

/// <summary>
/// Refuses non-consideration decisions the organization's rules do not allow. Pure; the staff API
/// calls it before storing a decision and answers the problems as a 422 problem+json.
/// </summary>
public static class NonConsiderationDecisionPolicy
{
    /// <summary>Empty when the decision is allowed on this channel.</summary>
    public static IReadOnlyList<DecisionProblem> Validate(NonConsiderationDecision decision, NonConsiderationRules rules, Channel channel)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(rules);
        var rule = rules.For(decision.Ground, channel);
        if (!rule.Applies)
        {
            return [new("ground", $"Основание «{GroundNames.Russian(decision.Ground)}» не предусмотрено правилами организации для канала «{channel}» ({rule.Source}).")];
        }

        return [.. Who(decision), .. Notice(decision, rule), .. Route(decision, rule), .. Comment(decision, rule)];
    }

    private static IEnumerable<DecisionProblem> Who(NonConsiderationDecision decision)
    {
        if (string.IsNullOrWhiteSpace(decision.DecidedBy))
        {
            yield return new("decidedBy", "Не указан сотрудник, принявший решение.");
        }
    }

    private static IEnumerable<DecisionProblem> Notice(NonConsiderationDecision decision, NonConsiderationRule rule)
    {
        var ground = GroundNames.Russian(decision.Ground);
        if (rule.Notice == ApplicantNotice.Required && !decision.NotifyApplicant)
        {
            yield return new("notifyApplicant", $"По основанию «{ground}» заявитель должен быть уведомлён ({rule.Source}).");
        }

        if (rule.Notice is ApplicantNotice.NoAnswer or ApplicantNotice.RegisteredNotAnswered && decision.NotifyApplicant)
        {
            yield return new("notifyApplicant", $"По основанию «{ground}» ответ заявителю не даётся ({rule.Source}).");
        }

        if (decision.NotifiedAt is { } notifiedAt)
        {
            if (!decision.NotifyApplicant)
            {
                yield return new("notifiedAt", "Указана дата уведомления, хотя решено заявителя не уведомлять.");
            }
            else if (notifiedAt < decision.DecidedAt)
            {
                yield return new("notifiedAt", "Дата уведомления раньше даты решения.");
            }
        }
    }

    private static IEnumerable<DecisionProblem> Route(NonConsiderationDecision decision, NonConsiderationRule rule)
    {
        if (rule.RouteTo != RouteTarget.None && rule.RouteCondition == RouteCondition.Always && decision.RoutedTo != rule.RouteTo)
        {
            yield return new("routedTo", $"Обращение по основанию «{GroundNames.Russian(decision.Ground)}» направляется: {RouteName(rule.RouteTo)} ({rule.Source}).");
        }
        else if (decision.RoutedTo != RouteTarget.None && decision.RoutedTo != rule.RouteTo)
        {
            yield return new("routedTo", $"Правила не предусматривают направление обращения по этому основанию: {RouteName(decision.RoutedTo)}.");
        }
    }

    private static IEnumerable<DecisionProblem> Comment(NonConsiderationDecision decision, NonConsiderationRule rule)
    {
        if (!string.IsNullOrWhiteSpace(decision.Comment))
        {
            yield break;
        }

        if (decision.Ground == NonConsiderationGround.RepeatedQuestion)
        {
            yield return new("comment", "Укажите номер ранее отвеченного обращения и что новых доводов нет.");
        }
        else if (rule.Discretion == Discretion.Discretionary)
        {
            yield return new("comment", "Основание применяется по усмотрению: укажите причину решения.");
        }
        else if (rule.Notice == ApplicantNotice.RequiredWhenContactsReadable && !decision.NotifyApplicant)
        {
            yield return new("comment", "Заявитель не уведомляется только если его фамилия и почтовый адрес не читаются: укажите это.");
        }
    }

    private static string RouteName(RouteTarget target) => target switch
    {
        RouteTarget.SecurityUnit => "в подразделение безопасности",
        RouteTarget.StateBodies => "в государственные органы",
        _ => "никуда",
    };
}
