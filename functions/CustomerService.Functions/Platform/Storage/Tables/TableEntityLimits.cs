namespace CustomerService.Functions.Platform.Storage.Tables;

/// <summary>
/// The service's documented limits, checked before sending so a caller gets a precise
/// <see cref="ArgumentException"/> instead of an opaque 400 from the service.
/// https://learn.microsoft.com/rest/api/storageservices/understanding-the-table-service-data-model
/// </summary>
public static class TableEntityLimits
{
    /// <summary>Keys may be 1 KiB; the service counts UTF-16, so 512 characters (Azurite enforces the same).</summary>
    public const int MaxKeyLength = 512;
    public const int MaxCustomProperties = 252;
    public const int MaxPropertyNameLength = 255;

    /// <summary>Strings are stored as UTF-16 up to 64 KiB.</summary>
    public const int MaxStringLength = 32 * 1024;
    public const int MaxBinaryLength = 64 * 1024;
    public const int MaxEntitySize = 1024 * 1024;

    /// <summary>Edm.DateTime starts at 1601-01-01 UTC (Windows file time zero).</summary>
    public static readonly DateTimeOffset MinDateTime = new(1601, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void ValidateKeys(string partitionKey, string rowKey)
    {
        ValidateKey(partitionKey, TableConstants.PartitionKey);
        ValidateKey(rowKey, TableConstants.RowKey);
    }

    public static void ValidateKey(string? key, string which)
    {
        if (key is null) throw new ArgumentException($"{which} is required (it may be empty, not null).", which);
        if (key.Length > MaxKeyLength) throw new ArgumentException($"{which} is {key.Length} characters; at most {MaxKeyLength} are allowed (1 KiB).", which);
        var bad = key.IndexOfAny(['/', '\\', '#', '?']);
        if (bad >= 0) throw new ArgumentException($"{which} contains '{key[bad]}' at position {bad}; '/', '\\', '#' and '?' are not allowed in keys.", which);
        for (var i = 0; i < key.Length; i++)
        {
            if (char.IsControl(key[i])) throw new ArgumentException($"{which} contains control character U+{(int)key[i]:X4} at position {i}; control characters are not allowed in keys.", which);
        }
    }

    /// <summary>Property names follow C# identifier rules (letters, digits, underscore; not starting with a digit).</summary>
    public static void ValidatePropertyName(string name)
    {
        if (string.IsNullOrEmpty(name)) throw new ArgumentException("A property name is empty.", nameof(name));
        if (name.Length > MaxPropertyNameLength) throw new ArgumentException($"Property name '{name[..32]}…' is {name.Length} characters; at most {MaxPropertyNameLength} are allowed.", nameof(name));
        var valid = (char.IsLetter(name[0]) || name[0] == '_') && name.All(c => char.IsLetterOrDigit(c) || c == '_');
        if (!valid) throw new ArgumentException($"Property name '{name}' is not an identifier (letters, digits, '_', not starting with a digit).", nameof(name));
    }

    public static void Validate(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ValidateKeys(entity.PartitionKey, entity.RowKey);
        if (entity.Count > MaxCustomProperties)
        {
            throw new ArgumentException($"The entity has {entity.Count} custom properties; at most {MaxCustomProperties} are allowed.", nameof(entity));
        }
        foreach (var (name, value) in entity)
        {
            ValidatePropertyName(name);
            ValidateValue(name, value);
        }
        var size = Size(entity);
        if (size > MaxEntitySize)
        {
            throw new ArgumentException($"The entity is {size} bytes by the service's size formula; at most {MaxEntitySize} (1 MiB) are allowed.", nameof(entity));
        }
    }

    private static void ValidateValue(string name, object value)
    {
        switch (value)
        {
            case string text when text.Length > MaxStringLength:
                throw new ArgumentException($"Property '{name}' is a string of {text.Length} characters; at most {MaxStringLength} are allowed (64 KiB UTF-16).", nameof(value));
            case byte[] bytes when bytes.Length > MaxBinaryLength:
                throw new ArgumentException($"Property '{name}' holds {bytes.Length} bytes; at most {MaxBinaryLength} are allowed.", nameof(value));
            case DateTimeOffset time when time < MinDateTime:
                throw new ArgumentException($"Property '{name}' is {time:O}; Table storage dates start at 1601-01-01 UTC.", nameof(value));
        }
    }

    /// <summary>
    /// The service's own size estimate: 4 + 2·len(keys) + Σ(8 + 2·len(name) + value size),
    /// with UTF-16 strings and fixed sizes for the other types.
    /// </summary>
    public static long Size(TableEntity entity)
    {
        long size = 4 + 2L * (entity.PartitionKey.Length + entity.RowKey.Length);
        foreach (var (name, value) in entity)
        {
            size += 8 + 2L * name.Length + value switch
            {
                string text => 4 + 2L * text.Length,
                byte[] bytes => 4 + bytes.Length,
                bool => 1,
                int => 4,
                Guid => 16,
                _ => 8, // long, double, DateTimeOffset
            };
        }
        return size;
    }
}
