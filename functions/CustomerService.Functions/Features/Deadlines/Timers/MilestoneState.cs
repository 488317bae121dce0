using CustomerService.Functions.Features.Deadlines.Planning;

namespace CustomerService.Functions.Features.Deadlines.Timers;

/// <summary>A planned milestone and whether it has been acted on (<see cref="DoneAt"/>).</summary>
public sealed record MilestoneState(string Id, DateTimeOffset At, MilestoneAction Action, string? EscalateTo, DateTimeOffset? DoneAt)
{
    public bool IsDone => DoneAt is not null;

    /// <summary>Same milestone id at the same time: a re-plan that did not move it keeps its done state.</summary>
    public bool SameAs(DeadlineMilestone planned) => Id == planned.Id && At == planned.At && Action == planned.Action && EscalateTo == planned.EscalateTo;

    public static MilestoneState From(DeadlineMilestone planned, IEnumerable<MilestoneState> before) =>
        new(planned.Id, planned.At, planned.Action, planned.EscalateTo, before.FirstOrDefault(b => b.SameAs(planned))?.DoneAt);
}
