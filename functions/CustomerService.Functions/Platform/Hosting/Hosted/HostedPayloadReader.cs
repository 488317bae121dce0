using System.Text.Json;
using CustomerService.Functions.Platform.Hosting.Catalogue;
using CustomerService.Functions.Platform.Hosting.Invocation;

namespace CustomerService.Functions.Platform.Hosting.Hosted;

/// <summary>
/// Turns the host's <c>{Data, Metadata}</c> invocation body (research A2) into the invocation
/// objects handlers receive. Pure: no I/O, unit-tested against captured and documented shapes.
/// Throws <see cref="FormatException"/> for bodies it cannot make sense of.
/// </summary>
public static class HostedPayloadReader
{
    public static QueueInvocation ReadQueue(QueueFunctionDefinition function, JsonElement body, string? invocationId)
    {
        var (data, metadata) = Split(body);
        var message = TriggerValue(data, FunctionJson.QueueBindingName);
        return new QueueInvocation(
            function.Name,
            InvocationId(invocationId, metadata),
            LenientJson.ReadMessageText(message),
            Member(metadata, "Id") is { } id ? LenientJson.ReadString(id) : null,
            Member(metadata, "PopReceipt") is { } receipt ? LenientJson.ReadString(receipt) : null,
            Member(metadata, "DequeueCount") is { } count ? LenientJson.ReadInt64(count) ?? 1 : 1,
            Time(metadata, "InsertionTime"),
            Time(metadata, "ExpirationTime"),
            Time(metadata, "NextVisibleTime"),
            Retry(metadata));
    }

    public static TimerInvocation ReadTimer(TimerFunctionDefinition function, JsonElement body, string? invocationId, DateTimeOffset now)
    {
        var (data, metadata) = Split(body);
        var timer = LenientJson.ReadObject(TriggerValue(data, FunctionJson.TimerBindingName))
            ?? throw new FormatException("Data.timer is null.");
        var status = Member(timer, "ScheduleStatus") is { } s && LenientJson.ReadObject(s) is { } statusObject
            ? new TimerScheduleStatus(Time(statusObject, "Last"), Time(statusObject, "Next"), Time(statusObject, "LastUpdated"))
            : null;
        var isPastDue = Member(timer, "IsPastDue") is { } p && (LenientJson.ReadBoolean(p) ?? false);
        var invokedAt = Sys(metadata) is { } sys ? Time(sys, "UtcNow") : null;
        return new TimerInvocation(function.Name, InvocationId(invocationId, metadata), invokedAt ?? now, isPastDue, status);
    }

    private static (JsonElement Data, JsonElement? Metadata) Split(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object) throw new FormatException("The invocation body must be a JSON object.");
        var data = Member(body, "Data") is { } d ? LenientJson.ReadObject(d) : null;
        var metadata = Member(body, "Metadata") is { } m ? LenientJson.ReadObject(m) : null;
        return (data ?? throw new FormatException("The invocation body has no Data object."), metadata);
    }

    /// <summary>
    /// The trigger's value under our binding name; a payload from a function.json that named the
    /// binding differently still works when Data holds just one value.
    /// </summary>
    private static JsonElement TriggerValue(JsonElement data, string bindingName)
    {
        if (Member(data, bindingName) is { } value) return value;
        var members = data.EnumerateObject().ToList();
        return members.Count == 1 ? members[0].Value : throw new FormatException($"Data has no '{bindingName}' value.");
    }

    private static RetryContext? Retry(JsonElement? metadata)
    {
        if (Member(metadata, "RetryContext") is not { } r || LenientJson.ReadObject(r) is not { } retry) return null;
        return new RetryContext(
            (int)(Member(retry, "RetryCount") is { } c ? LenientJson.ReadInt64(c) ?? 0 : 0),
            (int)(Member(retry, "MaxRetryCount") is { } m ? LenientJson.ReadInt64(m) ?? 0 : 0),
            Member(retry, "Exception") is { } e ? ExceptionText(e) : null);
    }

    // The host's exception may be an object (serialised Exception) or a string.
    private static string? ExceptionText(JsonElement value) =>
        value.ValueKind == JsonValueKind.Object
            ? (Member(value, "Message") is { } message ? LenientJson.ReadString(message) : value.GetRawText())
            : LenientJson.ReadString(value);

    private static string InvocationId(string? header, JsonElement? metadata) =>
        !string.IsNullOrWhiteSpace(header) ? header
        : Sys(metadata) is { } sys && Member(sys, "RandGuid") is { } guid && LenientJson.ReadString(guid) is { Length: > 0 } g ? g
        : Guid.NewGuid().ToString();

    private static JsonElement? Sys(JsonElement? metadata) =>
        Member(metadata, "sys") is { } sys ? LenientJson.ReadObject(sys) : null;

    private static DateTimeOffset? Time(JsonElement? parent, string name) =>
        Member(parent, name) is { } value ? LenientJson.ReadTime(value) : null;

    /// <summary>Member lookup ignoring case: the host is PascalCase, hand-written payloads often are not.</summary>
    private static JsonElement? Member(JsonElement? parent, string name)
    {
        if (parent is not { ValueKind: JsonValueKind.Object } obj) return null;
        foreach (var property in obj.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase)) return property.Value;
        }
        return null;
    }
}
