using CustomerService.Functions.Features.Appeals.Model;

namespace CustomerService.Functions.Features.Deadlines.Planning;

/// <summary>
/// What an appeal's deadlines depend on, read from its register row. The planner is pure: the
/// same facts always give the same plan, so the engine can recompute a plan on any state change
/// and compare it with the one stored.
/// </summary>
/// <param name="PolicyVersion">The policy version the appeal was registered under; <c>null</c> on registration (the current version is used and recorded).</param>
/// <param name="SentAt">When the applicant sent it, where known (003 counts web appeals from the day sent).</param>
/// <param name="Extensions">Extensions granted so far, oldest first.</param>
/// <param name="Pauses">Intervals the clock was stopped while waiting for the applicant; an open pause has no <c>Until</c>.</param>
/// <param name="Condition">A circumstance some standards give their own limit (third-party request, out of competence…); set by staff, <see cref="DeadlineCondition.General"/> by default.</param>
public sealed record DeadlineFacts(
    string OrganizationId,
    string? PolicyVersion,
    AppealKind Kind,
    Channel Channel,
    ApplicantKind ApplicantKind,
    ClassificationCode? Classification,
    DateTimeOffset? SentAt,
    DateTimeOffset ReceivedAt,
    DateTimeOffset RegisteredAt,
    IReadOnlyList<GrantedExtension> Extensions,
    IReadOnlyList<PausedInterval> Pauses,
    DeadlineCondition Condition = DeadlineCondition.General);

/// <param name="Days">Length granted, in the day type of the rule's extension.</param>
/// <param name="Reason">One of the rule's allowed reason codes.</param>
public sealed record GrantedExtension(int Days, string Reason, DateTimeOffset GrantedAt, string GrantedBy);

public sealed record PausedInterval(DateTimeOffset From, DateTimeOffset? Until);
