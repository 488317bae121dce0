namespace CustomerService.Functions.Features.Appeals.Model;

/// <summary>What the applicant wants (SEED_REQUIREMENTS §2.1). On the wire: camelCase names.</summary>
public enum AppealKind
{
    /// <summary>Вопрос, запрос информации, консультация.</summary>
    InformationRequest,

    /// <summary>Заявка: connect, change conditions, meter installation or check, contract changes.</summary>
    ServiceRequest,

    /// <summary>Жалоба.</summary>
    Complaint,

    /// <summary>Претензия: improper performance of the contract, restoration of rights, disputed bills.</summary>
    Claim,

    /// <summary>Предложение.</summary>
    Proposal,

    /// <summary>Отзыв.</summary>
    Review,
}
