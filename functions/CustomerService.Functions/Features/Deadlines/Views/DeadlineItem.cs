using CustomerService.Functions.Features.Deadlines.Planning;
using CustomerService.Functions.Features.Deadlines.Timers;

namespace CustomerService.Functions.Features.Deadlines.Views;

/// <summary>One appeal's deadline as staff see it in the lists.</summary>
/// <param name="PausedFor">Time the clock has stood still waiting for the applicant (closed pauses and the open one), in whole hours.</param>
public sealed record DeadlineItem(
    string AppealId, string RegistrationNumber, string Kind, string Channel, string? ExecutorId, string? ExecutorName, string? Unit,
    string State, DateTimeOffset RegisteredAt, DateTimeOffset Due, DateTimeOffset? HardLimit, bool Overdue,
    DateTimeOffset? PausedSince, double PausedForHours, string? EscalatedTo, DateTimeOffset? EscalatedAt, DateTimeOffset? BreachedAt, DateTimeOffset? AnsweredAt, int Extensions)
{
    public static DeadlineItem From(DeadlineRecord r, DateTimeOffset now) => new(
        r.AppealId, r.RegistrationNumber, r.Kind, r.Channel, r.ExecutorId, r.ExecutorName, r.Unit, r.IsPaused ? "paused" : r.State,
        r.RegisteredAt, r.Due, r.HardLimit, r.IsOpen && !r.IsPaused && r.Due < now,
        r.PausedSince, Math.Round(PausedFor(r, now).TotalHours, 1), r.EscalatedTo, r.EscalatedAt, r.BreachedAt, r.AnsweredAt, r.ExtensionCount);

    public static TimeSpan PausedFor(DeadlineRecord r, DateTimeOffset now) =>
        TimeSpan.FromSeconds(r.PausedSeconds) + (r.PausedSince is { } since ? now - since : TimeSpan.Zero);
}

/// <summary>The full deadline of one appeal: the list item, the plan's milestones with what was done, and the planner's explanation.</summary>
public sealed record DeadlineDetails(DeadlineItem Deadline, string PolicyVersion, string RuleId, DateTimeOffset ClockStart, long Version,
    DateTimeOffset? ExtensionNoticeDueBy, IReadOnlyList<MilestoneState> Milestones, DeadlineExplanation? Explanation);
