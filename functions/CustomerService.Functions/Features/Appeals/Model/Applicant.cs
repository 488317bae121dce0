namespace CustomerService.Functions.Features.Appeals.Model;

/// <summary>
/// The applicant as submitted. Which fields are required depends on <see cref="Kind"/> and the
/// organization's profile (SEED_REQUIREMENTS §2.4); all are personal data (never logged).
/// </summary>
public sealed record Applicant
{
    public ApplicantKind Kind { get; init; }
    public string? LastName { get; init; }
    public string? FirstName { get; init; }
    public string? Patronymic { get; init; }

    /// <summary>Legal entity, sole proprietor or utility-service provider name.</summary>
    public string? OrganizationName { get; init; }

    /// <summary>For a group appeal: the full names of the co-signatories.</summary>
    public IReadOnlyList<string>? Members { get; init; }

    public string? PostalAddress { get; init; }

    /// <summary>E.164 after normalisation (+7…).</summary>
    public string? Phone { get; init; }

    public string? Email { get; init; }

    /// <summary>Лицевой счёт (individuals).</summary>
    public string? BillingAccount { get; init; }

    /// <summary>Номер договора (legal entities).</summary>
    public string? ContractNumber { get; init; }

    /// <summary>The legal entity's own outgoing number and date of its letter (004).</summary>
    public string? OutgoingNumber { get; init; }

    public DateOnly? OutgoingDate { get; init; }
}
