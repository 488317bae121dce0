namespace CustomerService.Functions.Features.Appeals.Intake;

/// <summary>
/// The JSON body of every intake route, as sent. Enum values stay strings here so an unknown
/// value becomes a field-level Russian message rather than a generic JSON error.
/// </summary>
public sealed record AppealRequest
{
    public string? Kind { get; init; }

    /// <summary>Website route: absent or <c>webForm</c>; partner and staff routes: required.</summary>
    public string? Channel { get; init; }

    public ApplicantRequest? Applicant { get; init; }
    public IReadOnlyList<QuestionRequest?>? Questions { get; init; }
    public PreferredReplyRequest? PreferredReply { get; init; }
    public ConsentRequest? Consent { get; init; }
}

public sealed record ApplicantRequest
{
    public string? Kind { get; init; }
    public string? LastName { get; init; }
    public string? FirstName { get; init; }
    public string? Patronymic { get; init; }
    public string? OrganizationName { get; init; }
    public IReadOnlyList<string?>? Members { get; init; }
    public string? PostalAddress { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }
    public string? BillingAccount { get; init; }
    public string? ContractNumber { get; init; }
    public string? OutgoingNumber { get; init; }
    public DateOnly? OutgoingDate { get; init; }
}

public sealed record QuestionRequest(string? Text);

public sealed record PreferredReplyRequest(string? Channel, string? Language);

public sealed record ConsentRequest(bool? Accepted, string? TextVersion);
