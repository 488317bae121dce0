namespace CustomerService.Functions.Features.Appeals.Attachments;

/// <summary>What the content is: a type we accept, or a reason (in Russian, for the sender) why it is refused.</summary>
public sealed record SniffResult(AttachmentType? Type, string? Refusal)
{
    public static SniffResult Is(AttachmentType type) => new(type, null);

    /// <param name="what">What the content really is, completing «по содержимому это …».</param>
    public static SniffResult Refused(string what) => new(null, what);
}
