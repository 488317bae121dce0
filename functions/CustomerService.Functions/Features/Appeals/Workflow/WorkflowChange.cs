using CustomerService.Functions.Features.Appeals.Model;

namespace CustomerService.Functions.Features.Appeals.Workflow;

/// <summary>
/// What one staff action does to an appeal, decided by pure code from the appeal's current state:
/// properties merged into the appeal row, one history event (<see cref="Event"/> and its details)
/// and optionally one message to the applicant (and a notice that it went out). Nothing is ever removed: replaced values stay in
/// the history events that set them.
/// </summary>
public sealed record WorkflowChange(string Event, AppealStatus? NewStatus)
{
    public Dictionary<string, object> AppealUpdates { get; init; } = new(StringComparer.Ordinal);
    public Dictionary<string, object> Details { get; init; } = new(StringComparer.Ordinal);
    public ApplicantMessage? Message { get; init; }

    /// <summary>
    /// A short notice that <see cref="Message"/> went out, on a channel the applicant reads at once,
    /// when the message itself goes by post or to the personal account.
    /// </summary>
    public ApplicantMessage? Notice { get; init; }

    /// <summary>The channel recorded with the event: the outbound channel when a message goes out, else the staff API.</summary>
    public string Channel => Message?.Channel ?? StaffApiChannel;

    public const string StaffApiChannel = "staffApi";
}

/// <summary>A message to the applicant; <see cref="Name"/> becomes the row key <c>m-{name}</c> and the outbox id <c>{appealId}-{name}</c>.</summary>
public sealed record ApplicantMessage(string Name, string Channel, string? To, string Language, string Subject, string Body);

/// <summary>Either a change to commit or a problem to answer (400/409/422) without touching storage.</summary>
public sealed record WorkflowDecision(WorkflowChange? Change, IResult? Problem)
{
    public static implicit operator WorkflowDecision(WorkflowChange change) => new(change, null);

    public static WorkflowDecision Refuse(IResult problem) => new(null, problem);
}
