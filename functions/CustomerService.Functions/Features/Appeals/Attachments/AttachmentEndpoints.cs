using CustomerService.Functions.Platform.Hosting.Catalogue;
using CustomerService.Functions.Platform.Security;

namespace CustomerService.Functions.Features.Appeals.Attachments;

/// <summary>
/// Registration and the staff endpoints. Attachments are only ever read by signed-in staff: the
/// list, and a download that redirects to a short-lived read-only link (default) or, with
/// <c>?delivery=stream</c>, streams the bytes through the API (for networks that cannot reach storage).
/// </summary>
public static class AttachmentEndpoints
{
    public static WebApplicationBuilder AddAppealAttachments(this WebApplicationBuilder builder)
    {
        // Read when first needed, so configuration sources added after registration (tests, hosts) count.
        builder.Services.AddSingleton(provider => AttachmentOptions.From(provider.GetRequiredService<IConfiguration>()));
        builder.Services.AddSingleton<AttachmentPolicy>();
        builder.Services.AddSingleton<AppealAttachments>();
        return builder;
    }

    public static RouteGroupBuilder MapAppealAttachments(this RouteGroupBuilder api)
    {
        // Anonymous at the host: staff identity comes from App Service Authentication, not a function key.
        api.MapGet("/staff/appeals/{appealId}/attachments", ListAsync)
            .RequireAuthorization(StaffPolicies.Staff)
            .AsFunction("AppealAttachmentsList", FunctionAuthLevel.Anonymous);
        api.MapGet("/staff/appeals/{appealId}/attachments/{attachmentId}", DownloadAsync)
            .RequireAuthorization(StaffPolicies.Staff)
            .AsFunction("AppealAttachmentsDownload", FunctionAuthLevel.Anonymous);
        return api;
    }

    private static async Task<IResult> ListAsync(string appealId, AppealAttachments attachments, HttpContext context, CancellationToken cancellationToken)
    {
        NoStore(context);
        return TypedResults.Ok(await attachments.ListAsync(appealId, cancellationToken));
    }

    private static async Task<IResult> DownloadAsync(string appealId, string attachmentId, string? delivery, AppealAttachments attachments,
        HttpContext context, CancellationToken cancellationToken)
    {
        NoStore(context);
        if (string.Equals(delivery, "stream", StringComparison.OrdinalIgnoreCase))
        {
            if (await attachments.OpenReadAsync(appealId, attachmentId, cancellationToken) is not { } download) return NotFound();
            context.Response.RegisterForDisposeAsync(download);
            // nosniff + attachment: a browser saves the file and never renders it as a page.
            context.Response.Headers.XContentTypeOptions = "nosniff";
            return TypedResults.Stream(download.Content, download.Attachment.ContentType, download.Attachment.FileName);
        }
        return await attachments.GetDownloadLinkAsync(appealId, attachmentId, cancellationToken) is { } link
            ? TypedResults.Redirect(link.AbsoluteUri)
            : NotFound();
    }

    private static IResult NotFound() => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Вложение не найдено.");

    /// <summary>Neither the list nor a link may be cached: links expire and staff rights can change.</summary>
    private static void NoStore(HttpContext context) => context.Response.Headers.CacheControl = "no-store";
}
