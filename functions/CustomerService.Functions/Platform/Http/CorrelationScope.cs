using System.Collections;

namespace CustomerService.Functions.Platform.Http;

/// <summary>
/// The logging scope state: a one-entry key/value list, which the JSON console formatter
/// writes as a <c>CorrelationId</c> property and structured sinks index.
/// </summary>
internal sealed class CorrelationScope(string correlationId) : IReadOnlyList<KeyValuePair<string, object?>>
{
    public const string Key = "CorrelationId";

    public KeyValuePair<string, object?> this[int index] =>
        index == 0 ? new(Key, correlationId) : throw new ArgumentOutOfRangeException(nameof(index));

    public int Count => 1;

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        yield return this[0];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"{Key}:{correlationId}";
}
