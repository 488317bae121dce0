using CustomerService.Functions.Features.Informing.Recipients;
using CustomerService.Functions.Platform.Hosting.Catalogue;
using CustomerService.Functions.Platform.Http;
using CustomerService.Functions.Platform.Security;

namespace CustomerService.Functions.Features.Informing.Content;

/// <summary>
/// Recipient lists from billing: upload (CSV body or multipart with a <c>file</c> part), the summary with
/// the validation report, and the recipients page by page. Administrators prepare campaigns, so they upload.
/// A file that cannot be used at all is a 400 with <c>errors.file</c> and nothing is stored; rejected rows
/// are reported, never sent.
/// </summary>
public static class RecipientListEndpoints
{
    public const long MaxFileBytes = 25 * 1024 * 1024;
    public const int DefaultPageSize = 500;

    public static RouteGroupBuilder MapRecipientLists(this RouteGroupBuilder api)
    {
        api.MapPost("/informing/recipient-lists", UploadAsync)
            .RequireAuthorization(StaffPolicies.Administrator).AsFunction("InformingRecipientListUpload", FunctionAuthLevel.Anonymous);
        api.MapGet("/informing/recipient-lists/{id}", async (string id, RecipientListStore store, CancellationToken cancellationToken) =>
                await store.GetAsync(id, cancellationToken) is { } list ? TypedResults.Json(list, InformingJson.Options) : NotFound())
            .RequireAuthorization(StaffPolicies.Staff).AsFunction("InformingRecipientListGet", FunctionAuthLevel.Anonymous);
        api.MapGet("/informing/recipient-lists/{id}/recipients", RecipientsAsync)
            .RequireAuthorization(StaffPolicies.Staff).AsFunction("InformingRecipientListRecipients", FunctionAuthLevel.Anonymous);
        return api;
    }

    private static async Task<IResult> UploadAsync(HttpRequest request, string? name, HttpContext context, RecipientListStore lists, OptOutStore optOuts, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxFileBytes) return TooLarge();
        var (file, fileName, problem) = await ReadFileAsync(request, cancellationToken);
        if (problem is not null) return problem;

        var parsed = RecipientListParser.Parse(file);
        if (parsed.FileError is { } error) return new ValidationProblemBuilder().Add("file", error).ToResult();
        var register = await optOuts.LoadAsync(cancellationToken);
        var recipients = parsed.Recipients.Select(r => RecipientEligibility.Apply(r, register)).ToList();
        var title = (name ?? fileName ?? "").Trim() is { Length: > 0 } given ? given[..Math.Min(given.Length, 200)] : "Список " + context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        var summary = await lists.SaveAsync(parsed, title, recipients, context.GetStaffUser()!, cancellationToken);
        context.Response.Headers.Location = $"/api/informing/recipient-lists/{summary.Id}";
        return TypedResults.Json(summary, InformingJson.Options, statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> RecipientsAsync(string id, string? continuation, int? pageSize, RecipientListStore store, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } list) return NotFound();
        if (pageSize is < 1 or > 1000) return new ValidationProblemBuilder().Add("pageSize", "Размер страницы — от 1 до 1000.").ToResult();
        try
        {
            return TypedResults.Json(await store.ReadPageAsync(list, continuation, pageSize ?? DefaultPageSize, cancellationToken), InformingJson.Options);
        }
        catch (ArgumentException)
        {
            return new ValidationProblemBuilder().Add("continuation", "Токен продолжения не относится к этому списку: начните с первой страницы.").ToResult();
        }
    }

    /// <summary>The file bytes: the <c>file</c> part of a multipart form, or the whole body (text/csv and the like).</summary>
    private static async Task<(byte[] File, string? FileName, IResult? Problem)> ReadFileAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            if ((form.Files.GetFile("file") ?? form.Files.FirstOrDefault()) is not { } part)
                return ([], null, new ValidationProblemBuilder().Add("file", "Приложите файл CSV в поле file.").ToResult());
            if (part.Length > MaxFileBytes) return ([], null, TooLarge());
            using var buffer = new MemoryStream((int)part.Length);
            await part.CopyToAsync(buffer, cancellationToken);
            var name = form["name"].ToString();
            return (buffer.ToArray(), name.Length > 0 ? name : Path.GetFileNameWithoutExtension(part.FileName), null);
        }
        using var body = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (body.Length + read > MaxFileBytes) return ([], null, TooLarge());
            body.Write(chunk, 0, read);
        }
        return body.Length == 0
            ? ([], null, new ValidationProblemBuilder().Add("file", "Файл пуст: передайте CSV в теле запроса или в поле file формы.").ToResult())
            : (body.ToArray(), null, null);
    }

    private static IResult TooLarge() => TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Файл слишком велик.",
        detail: $"Список — не более {MaxFileBytes / 1024 / 1024} МБ: разделите его на несколько файлов.");

    private static IResult NotFound() => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Список получателей не найден.", detail: ProblemTexts.NotFound);
}
