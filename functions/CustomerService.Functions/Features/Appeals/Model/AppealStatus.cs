namespace CustomerService.Functions.Features.Appeals.Model;

/// <summary>Where an appeal is in its life. Every change is a history event.</summary>
public enum AppealStatus
{
    Registered,
    Classified,
    Assigned,
    AwaitingApplicant,
    AnswerDrafted,
    AnswerApproved,
    AnswerSent,
    Closed,

    /// <summary>Closed by a non-consideration decision (with its ground).</summary>
    NotConsidered,
}
