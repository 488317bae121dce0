using System.Text.Json;
using CustomerService.Functions.Features.Appeals.Registration;
using CustomerService.Functions.Platform.Http;

namespace CustomerService.Functions.Features.Appeals.Intake;

/// <summary>Reads the appeal's JSON from a request body or a multipart section.</summary>
internal static class IntakeJson
{
    /// <summary>The request, or a 400 naming where the JSON broke (a field path when the serializer knows it).</summary>
    public static async Task<(AppealRequest?, IResult?)> ReadAsync(Stream json, CancellationToken cancellationToken)
    {
        try
        {
            var request = await JsonSerializer.DeserializeAsync<AppealRequest>(json, AppealRegistrar.Json, cancellationToken);
            return request is null
                ? (null, new ValidationProblemBuilder().Add("$", ProblemTexts.MalformedJson).ToResult())
                : (request, null);
        }
        catch (JsonException e)
        {
            var field = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "$" : e.Path.TrimStart('$', '.');
            var message = field == "$" ? ProblemTexts.MalformedJson : "Неверный формат значения.";
            return (null, new ValidationProblemBuilder().Add(field, message).ToResult());
        }
    }

    /// <summary>
    /// A multipart section's JSON, buffered up to <see cref="IntakeLimits.BodyBytes"/>: the request's own
    /// limit covers the files too, so the JSON part needs its own (413 like an oversized JSON body).
    /// </summary>
    public static async Task<(AppealRequest?, IResult?)> ReadBoundedAsync(Stream section, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await section.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > IntakeLimits.BodyBytes)
                return (null, TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, detail: ProblemTexts.TooLarge));
            buffer.Write(chunk, 0, read);
        }
        buffer.Position = 0;
        return await ReadAsync(buffer, cancellationToken);
    }
}
