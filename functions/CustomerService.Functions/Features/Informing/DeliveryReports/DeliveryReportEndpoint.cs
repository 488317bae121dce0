using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CustomerService.Functions.Platform.Hosting.Catalogue;
using CustomerService.Functions.Platform.Http;

namespace CustomerService.Functions.Features.Informing.DeliveryReports;

/// <summary>
/// <c>POST /api/informing/delivery-reports</c>: the Event Grid webhook (Event Grid schema) for ACS
/// delivery reports. Answers the subscription-validation handshake; applies
/// <c>SMSDeliveryReportReceived</c> and <c>EmailDeliveryReportReceived</c>. Protected by the
/// function key in Azure and by our shared secret everywhere; anything else — no or wrong secret,
/// another event type, a report for a message or recipient we did not send — is refused with a 4xx
/// and changes nothing.
/// </summary>
public static class DeliveryReportEndpoint
{
    public const string Route = "/informing/delivery-reports";
    public const string SecretHeader = "X-Delivery-Report-Secret";
    private const int MaxEvents = 5000;

    public static RouteGroupBuilder MapDeliveryReports(this RouteGroupBuilder api)
    {
        api.MapPost(Route, HandleAsync)
            .AllowAnonymous()
            .AsFunction("DeliveryReports", FunctionAuthLevel.Function);
        return api;
    }

    private static async Task<IResult> HandleAsync(HttpContext context, string? secret, IConfiguration configuration,
        DeliveryReportProcessor processor, CancellationToken cancellationToken)
    {
        if (!SecretMatches(configuration[InformingSettings.DeliveryReportSecret], secret ?? context.Request.Headers[SecretHeader].ToString()))
            return TypedResults.Problem(statusCode: 401, title: "Неверный секрет отчётов о доставке.");
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: cancellationToken);
        }
        catch (JsonException)
        {
            return new ValidationProblemBuilder().Add("body", "Ожидается массив событий Event Grid (JSON).").ToResult();
        }
        using (document)
        {
            return await HandleEventsAsync(document.RootElement, processor, cancellationToken);
        }
    }

    private static async Task<IResult> HandleEventsAsync(JsonElement root, DeliveryReportProcessor processor, CancellationToken cancellationToken)
    {
        if (root.ValueKind != JsonValueKind.Array || root.GetArrayLength() is 0 or > MaxEvents)
            return new ValidationProblemBuilder().Add("body", "Ожидается непустой массив событий Event Grid.").ToResult();
        var events = root.EnumerateArray().ToList();
        if (events.Count == 1 && Text(events[0], "eventType") == DeliveryReport.ValidationEventType)
        {
            return DeliveryReport.Property(events[0], "data") is { } data && Text(data, "validationCode") is { Length: > 0 } code
                ? TypedResults.Ok(new ValidationAnswer(code))
                : new ValidationProblemBuilder().Add("events[0].data.validationCode", "Нет кода проверки подписки.").ToResult();
        }
        var problems = new ValidationProblemBuilder();
        var reports = new List<DeliveryReport>();
        for (var i = 0; i < events.Count; i++)
        {
            var type = Text(events[i], "eventType") ?? "";
            if (type is not (DeliveryReport.SmsEventType or DeliveryReport.EmailEventType))
                problems.Add($"events[{i}].eventType", $"Событие '{type}' не принимается.");
            else if (DeliveryReport.FromEvent(type, DeliveryReport.Property(events[i], "data") ?? default) is { } report)
                reports.Add(report);
            else
                problems.Add($"events[{i}].data", "В отчёте о доставке нет messageId, получателя или статуса.");
        }
        if (problems.HasErrors) return problems.ToResult();
        var (records, unmatched) = await processor.MatchAsync(reports, cancellationToken);
        if (unmatched is { } index)
            return new ValidationProblemBuilder().Add($"events[{index}].data.messageId", "Нет такого отправленного сообщения этому получателю.").ToResult();
        for (var i = 0; i < reports.Count; i++) await processor.ApplyAsync(reports[i], records[i], cancellationToken);
        return TypedResults.Ok(new ReportsApplied(reports.Count));
    }

    private static string? Text(JsonElement element, string name) =>
        DeliveryReport.Property(element, name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    /// <summary>Constant-time; an unset or short configured secret refuses everything.</summary>
    private static bool SecretMatches(string? configured, string? presented) =>
        configured is { Length: >= 32 } && !string.IsNullOrEmpty(presented)
        && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(configured)), SHA256.HashData(Encoding.UTF8.GetBytes(presented)));
}

/// <summary>Event Grid's expected handshake answer.</summary>
public sealed record ValidationAnswer(string ValidationResponse);

public sealed record ReportsApplied(int Applied);
