using System.Diagnostics;
using System.Text.RegularExpressions;

namespace CustomerService.Functions.Platform.Http;

/// <summary>
/// Chooses the correlation id of a request: a caller's own <c>x-correlation-id</c> when it is
/// safe to echo and log, else the trace id of a valid W3C <c>traceparent</c> (so our id joins
/// the caller's distributed trace), else a fresh trace id. Pure: no I/O.
/// </summary>
public static partial class CorrelationId
{
    public const string HeaderName = "x-correlation-id";
    public const string TraceParentHeaderName = "traceparent";

    /// <summary>
    /// Letters, digits and <c>. _ - :</c>, at most 64: enough for GUIDs and trace ids, and
    /// nothing that could break a log line or a header, or smuggle personal data at length.
    /// </summary>
    public static bool IsSafe(string? value) => value is not null && SafeValue().IsMatch(value);

    public static string Choose(string? incoming, string? traceParent)
    {
        if (IsSafe(incoming)) return incoming!;
        return TraceIdOf(traceParent) ?? ActivityTraceId.CreateRandom().ToHexString();
    }

    /// <summary>The 32-hex trace id of a version-00 traceparent, or null when it is malformed.</summary>
    public static string? TraceIdOf(string? traceParent)
    {
        if (traceParent is null) return null;
        var match = TraceParent().Match(traceParent.Trim());
        if (!match.Success) return null;
        var traceId = match.Groups["trace"].Value;
        // All-zero ids are invalid per W3C Trace Context.
        return traceId.All(c => c == '0') ? null : traceId;
    }

    [GeneratedRegex("^[A-Za-z0-9._:-]{1,64}$")]
    private static partial Regex SafeValue();

    [GeneratedRegex("^[0-9a-f]{2}-(?<trace>[0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$")]
    private static partial Regex TraceParent();
}
