using System.Globalization;

namespace CustomerService.Functions.Platform.Storage.Tables;

/// <summary>
/// An OData <c>$filter</c> built from typed parts, so user input is always a quoted literal
/// and never query syntax (https://learn.microsoft.com/rest/api/storageservices/querying-tables-and-entities).
/// There is deliberately no way to wrap a raw string.
/// </summary>
public sealed class TableFilter
{
    private readonly string _text;

    private TableFilter(string text) => _text = text;

    public static TableFilter Equal(string property, TableFilterValue value) => Compare(property, "eq", value);
    public static TableFilter NotEqual(string property, TableFilterValue value) => Compare(property, "ne", value);
    public static TableFilter GreaterThan(string property, TableFilterValue value) => Compare(property, "gt", value);
    public static TableFilter GreaterThanOrEqual(string property, TableFilterValue value) => Compare(property, "ge", value);
    public static TableFilter LessThan(string property, TableFilterValue value) => Compare(property, "lt", value);
    public static TableFilter LessThanOrEqual(string property, TableFilterValue value) => Compare(property, "le", value);

    public static TableFilter PartitionKeyEquals(string partitionKey) => Equal(TableConstants.PartitionKey, partitionKey);

    /// <summary>
    /// String properties starting with <paramref name="prefix"/>: the range [prefix, next string
    /// after every prefix-extension), because the service has no startswith function.
    /// </summary>
    public static TableFilter StartsWith(string property, string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        var lower = GreaterThanOrEqual(property, prefix);
        var end = prefix.TrimEnd(char.MaxValue);
        if (end.Length == 0) return lower;
        var upper = end[..^1] + (char)(end[^1] + 1);
        return And(lower, LessThan(property, upper));
    }

    public static TableFilter And(TableFilter left, TableFilter right) => Combine(left, "and", right);
    public static TableFilter Or(TableFilter left, TableFilter right) => Combine(left, "or", right);

    public static TableFilter And(params TableFilter[] parts) => NonEmpty(parts).Aggregate(And);
    public static TableFilter Or(params TableFilter[] parts) => NonEmpty(parts).Aggregate(Or);

    public static TableFilter Not(TableFilter inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        return new($"not ({inner._text})");
    }

    public static TableFilter operator &(TableFilter left, TableFilter right) => And(left, right);
    public static TableFilter operator |(TableFilter left, TableFilter right) => Or(left, right);

    /// <summary>The OData expression, ready for <c>$filter</c> (URL-encoding happens when sent).</summary>
    public override string ToString() => _text;

    private static TableFilter Compare(string property, string op, TableFilterValue value)
    {
        TableEntityLimits.ValidatePropertyName(property);
        return new($"{property} {op} {value.Literal}");
    }

    private static TableFilter[] NonEmpty(TableFilter[] parts) =>
        parts is { Length: > 0 } ? parts : throw new ArgumentException("Combine at least one filter.", nameof(parts));

    private static TableFilter Combine(TableFilter left, string op, TableFilter right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new($"({left._text}) {op} ({right._text})");
    }
}

/// <summary>A literal in a <see cref="TableFilter"/>; converts implicitly from each Table storage type.</summary>
public readonly struct TableFilterValue
{
    private TableFilterValue(string literal) => Literal = literal;

    internal string Literal { get; }

    /// <summary>Single quotes are doubled: the only escape an OData string literal has.</summary>
    public static implicit operator TableFilterValue(string value) =>
        new($"'{(value ?? throw new ArgumentNullException(nameof(value))).Replace("'", "''", StringComparison.Ordinal)}'");

    public static implicit operator TableFilterValue(bool value) => new(value ? "true" : "false");
    public static implicit operator TableFilterValue(int value) => new(value.ToString(CultureInfo.InvariantCulture));
    public static implicit operator TableFilterValue(long value) => new(value.ToString(CultureInfo.InvariantCulture) + "L");

    public static implicit operator TableFilterValue(double value)
    {
        if (!double.IsFinite(value)) throw new ArgumentException("NaN and infinities cannot be compared in a filter.", nameof(value));
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        // An integral literal would be read as Int32, and Int32 never equals a Double property.
        return new(text.AsSpan().IndexOfAny(".E") < 0 ? text + ".0" : text);
    }

    public static implicit operator TableFilterValue(DateTimeOffset value) => new($"datetime'{TableEntityJson.FormatDateTime(value)}'");
    public static implicit operator TableFilterValue(Guid value) => new($"guid'{value:D}'");
    public static implicit operator TableFilterValue(byte[] value) =>
        new($"X'{Convert.ToHexStringLower(value ?? throw new ArgumentNullException(nameof(value)))}'");
}
