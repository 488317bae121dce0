using CustomerService.Functions.Features.Appeals.Attachments;
using CustomerService.Functions.Platform.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace CustomerService.Functions.Features.Appeals.Intake;

/// <summary>
/// Reads a <c>multipart/form-data</c> intake: one part named <c>appeal</c> holding the same JSON as the
/// plain route, plus file parts (any part with a file name). Files go into the caller's
/// <see cref="AttachmentBatch"/> section by section, so limits are enforced while reading and nothing is
/// stored before every file has been checked.
/// </summary>
internal static class MultipartIntake
{
    public const string AppealPart = "appeal";
    public const string AttachmentsField = "attachments";

    // RFC 2046 §5.1.1: a boundary has at most 70 characters.
    private const int MaxBoundaryLength = 70;

    /// <summary>The whole body may hold the JSON, every file at its limit and per-part headers; beyond that Kestrel answers 413.</summary>
    public static long MaxBodyBytes(AttachmentOptions options) =>
        IntakeLimits.BodyBytes + options.MaxTotalBytes + (options.MaxCount + 2) * 16 * 1024L;

    public static bool IsMultipart(HttpRequest request) =>
        request.HasFormContentType && request.ContentType!.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase);

    /// <summary>The appeal's JSON, or a problem when the form is broken; accepted and refused files are in <paramref name="batch"/>.</summary>
    public static async Task<(AppealRequest? Request, IResult? Problem)> ReadAsync(HttpRequest request, AttachmentBatch batch, CancellationToken cancellationToken)
    {
        if (Boundary(request.ContentType) is not { } boundary)
            return (null, new ValidationProblemBuilder().Add("Content-Type", IntakeTexts.MultipartBoundary).ToResult());
        var reader = new MultipartReader(boundary, request.Body);
        AppealRequest? appeal = null;
        var problems = new ValidationProblemBuilder();
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add("$", IntakeTexts.MultipartPart);
                continue;
            }
            if (disposition.IsFileDisposition())
            {
                var name = disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
                await batch.AddAsync(name, section.ContentType, section.Body, cancellationToken);
                continue;
            }
            var field = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
            if (field != AppealPart || appeal is not null)
            {
                problems.Add(field.Length == 0 ? "$" : field, appeal is null ? IntakeTexts.MultipartPart : IntakeTexts.MultipartAppealTwice);
                continue;
            }
            var (parsed, malformed) = await IntakeJson.ReadBoundedAsync(section.Body, cancellationToken);
            if (malformed is not null) return (null, malformed);
            appeal = parsed;
        }
        if (appeal is null) problems.Add(AppealPart, IntakeTexts.MultipartAppealMissing);
        // Refused files are reported with the appeal's field problems by the caller; here only when the form itself is broken.
        if (problems.HasErrors)
            foreach (var refusal in batch.Problems) problems.Add(AttachmentsField, refusal);
        return problems.HasErrors ? (null, problems.ToResult()) : (appeal, null);
    }

    private static string? Boundary(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed)) return null;
        var boundary = HeaderUtilities.RemoveQuotes(parsed.Boundary).Value;
        return string.IsNullOrWhiteSpace(boundary) || boundary.Length > MaxBoundaryLength ? null : boundary;
    }
}
