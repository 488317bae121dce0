namespace CustomerService.Functions.Platform.Communication.Email;

/// <summary>One e-mail (research B2): sender on a verified domain, subject, plain text and/or HTML, up to 50 recipients.</summary>
public sealed record EmailMessage(string SenderAddress, string Subject, string? PlainText, string? Html, IReadOnlyList<EmailAddress> To)
{
    public const int MaxRecipients = 50;
}

public sealed record EmailAddress(string Address, string? DisplayName = null);

/// <summary>An accepted send: the operation id (ours, from <c>Operation-Id</c>), its status and when to look again.</summary>
public sealed record EmailSendOperation(string Id, EmailSendStatus Status, TimeSpan? RetryAfter);

public enum EmailSendStatus
{
    NotStarted,
    Running,
    Succeeded,
    Failed,
    Canceled,
}

/// <summary>A finished operation: <see cref="EmailSendStatus.Succeeded"/> means ACS handed the mail on, not that it was delivered (delivery reports say that).</summary>
public sealed record EmailSendResult(string Id, EmailSendStatus Status, string? ErrorCode, string? ErrorMessage);
