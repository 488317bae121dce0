using System.Collections;
using Azure;

namespace CustomerService.Functions.Platform.Storage.Tables;

/// <summary>
/// One table row: its keys, the service's Timestamp and ETag, and custom properties of the
/// types Table storage stores (string, bool, int, long, double, DateTimeOffset, Guid, byte[]).
/// Setting a property to null removes it, because the service does not store nulls.
/// </summary>
public sealed class TableEntity : IEnumerable<KeyValuePair<string, object>>
{
    private readonly Dictionary<string, object> _properties = new(StringComparer.Ordinal);

    public TableEntity()
    {
    }

    public TableEntity(string partitionKey, string rowKey)
    {
        PartitionKey = partitionKey;
        RowKey = rowKey;
    }

    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;

    /// <summary>When the service last wrote the entity; null until read from the service.</summary>
    public DateTimeOffset? Timestamp { get; set; }

    /// <summary>The version the service returned; pass it to updates and deletes for optimistic concurrency.</summary>
    public ETag ETag { get; set; }

    /// <summary>Number of custom properties (keys, Timestamp and ETag not counted).</summary>
    public int Count => _properties.Count;

    public IEnumerable<string> Keys => _properties.Keys;

    /// <summary>A custom property's value, or null when absent. PartitionKey and RowKey map to the key properties.</summary>
    public object? this[string name]
    {
        get => name switch
        {
            TableConstants.PartitionKey => PartitionKey,
            TableConstants.RowKey => RowKey,
            TableConstants.Timestamp => Timestamp,
            _ => _properties.GetValueOrDefault(name),
        };
        set => Set(name, value);
    }

    public bool ContainsKey(string name) => _properties.ContainsKey(name);

    public bool Remove(string name) => _properties.Remove(name);

    public void Add(string name, object value)
    {
        if (_properties.ContainsKey(name)) throw new ArgumentException($"The entity already has a property '{name}'.", nameof(name));
        Set(name, value);
    }

    public string? GetString(string name) => Get<string>(name);
    public bool? GetBoolean(string name) => GetValue<bool>(name);
    public int? GetInt32(string name) => GetValue<int>(name);
    public Guid? GetGuid(string name) => GetValue<Guid>(name);
    public byte[]? GetBinary(string name) => Get<byte[]>(name);
    public DateTimeOffset? GetDateTimeOffset(string name) => GetValue<DateTimeOffset>(name);

    /// <summary>An Int64 property; an Int32 value widens, because the service types small numbers as Int32.</summary>
    public long? GetInt64(string name) => _properties.GetValueOrDefault(name) is int small ? small : GetValue<long>(name);

    /// <summary>A Double property; integer values widen.</summary>
    public double? GetDouble(string name) => _properties.GetValueOrDefault(name) switch
    {
        int small => small,
        long large => large,
        _ => GetValue<double>(name),
    };

    public IEnumerator<KeyValuePair<string, object>> GetEnumerator() => _properties.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"TableEntity({PartitionKey}, {RowKey}, {Count} properties)";

    private void Set(string name, object? value)
    {
        ArgumentNullException.ThrowIfNull(name);
        switch (name)
        {
            case TableConstants.PartitionKey:
                PartitionKey = value as string ?? throw new ArgumentException("PartitionKey must be a string.", nameof(value));
                return;
            case TableConstants.RowKey:
                RowKey = value as string ?? throw new ArgumentException("RowKey must be a string.", nameof(value));
                return;
            case TableConstants.Timestamp:
                throw new ArgumentException("Timestamp is set by the service and cannot be written.", nameof(name));
        }
        if (value is null)
        {
            _properties.Remove(name);
            return;
        }
        _properties[name] = Normalize(name, value);
    }

    /// <summary>Only the Edm types survive a round trip; DateTime becomes a UTC DateTimeOffset so no local time leaks in.</summary>
    private static object Normalize(string name, object value) => value switch
    {
        string or bool or int or long or double or Guid or byte[] or DateTimeOffset => value,
        DateTime dateTime => dateTime.Kind == DateTimeKind.Unspecified
            ? throw new ArgumentException($"Property '{name}': a DateTime of unspecified kind is ambiguous; use DateTimeOffset or a UTC DateTime.", nameof(value))
            : new DateTimeOffset(dateTime.ToUniversalTime()),
        _ => throw new ArgumentException(
            $"Property '{name}' has type {value.GetType().Name}; Table storage stores string, bool, int, long, double, DateTimeOffset, Guid and byte[].", nameof(value)),
    };

    private T? Get<T>(string name) where T : class => _properties.GetValueOrDefault(name) switch
    {
        null => null,
        T typed => typed,
        var other => throw WrongType(name, typeof(T), other),
    };

    private T? GetValue<T>(string name) where T : struct => _properties.GetValueOrDefault(name) switch
    {
        null => null,
        T typed => typed,
        var other => throw WrongType(name, typeof(T), other),
    };

    private static InvalidOperationException WrongType(string name, Type wanted, object actual) =>
        new($"Property '{name}' holds a {actual.GetType().Name}, not a {wanted.Name}.");
}
