using CustomerService.Functions.Features.Deadlines.Planning;

namespace CustomerService.Functions.Tests.Features.Deadlines;

/// <summary>
/// A stand-in for the real policies (not a policy): the answer is due <see cref="Days"/> calendar
/// days after registration, plus granted extensions and closed pauses; the milestones sit at fixed
/// offsets from the due date. Extensions: at most one, up to 10 days, reason <c>complexity</c>.
/// </summary>
public sealed class FixedDaysPlanner : IDeadlinePlanner
{
    public const string Reason = "complexity";

    public int Days { get; init; }

    public IReadOnlyList<(string Id, TimeSpan FromDue, MilestoneAction Action, string? To)> Milestones { get; init; } =
    [
        ("remind-1", TimeSpan.Zero, MilestoneAction.RemindExecutor, null),
        ("escalate-head-of-unit", TimeSpan.Zero, MilestoneAction.Escalate, "head-of-unit"),
        ("breach", TimeSpan.Zero, MilestoneAction.MarkBreached, null),
    ];

    public DeadlinePlan Plan(DeadlineFacts facts)
    {
        var extension = facts.Extensions.Sum(e => e.Days);
        var paused = facts.Pauses.Where(p => p.Until is not null).Aggregate(TimeSpan.Zero, (sum, p) => sum + (p.Until!.Value - p.From));
        var due = facts.RegisteredAt.AddDays(Days + extension) + paused;
        var explanation = new DeadlineExplanation(
            $"{Days} календарных дней", "тестовый планировщик", "со дня регистрации", Days + extension, "calendar", [], null,
            facts.Extensions.Select(e => $"+{e.Days} дн. ({e.Reason})").ToList(),
            facts.Pauses.Select(p => $"пауза с {p.From:O}" + (p.Until is { } until ? $" по {until:O}" : "")).ToList());
        return new DeadlinePlan(facts.PolicyVersion ?? "test-1", "T-1", facts.RegisteredAt, due, null,
            facts.Extensions.Count > 0 ? facts.Extensions[^1].GrantedAt.AddDays(3) : null,
            Milestones.Select(m => new DeadlineMilestone(m.Id, due + m.FromDue, m.Action, m.To)).ToList(), explanation);
    }

    public ExtensionCheck CheckExtension(DeadlineFacts facts, int days, string reason, DateTimeOffset requestedAt)
    {
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        if (days is < 1 or > 10) problems["days"] = "Продление — от 1 до 10 дней.";
        if (reason != Reason) problems["reason"] = "Допустимая причина: complexity.";
        if (facts.Extensions.Count >= 1) problems["days"] = "Срок уже продлевался.";
        if (problems.Count > 0) return new ExtensionCheck(false, null, problems);
        var extended = facts with { Extensions = [.. facts.Extensions, new GrantedExtension(days, reason, requestedAt, "check")] };
        return new ExtensionCheck(true, Plan(extended), problems);
    }
}
