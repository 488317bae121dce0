using System.Globalization;

namespace CustomerService.Functions.Features.Informing.Scenarios;

/// <summary>
/// Writes placeholder values the way the message's reader expects them. Russian, Tatar and
/// Kazakh texts use Russian conventions: «1 234,50 ₽» (no-break spaces, so an amount never
/// wraps; «1 234,50 ₸» for a Kazakh supplier), «07.12.2026», «07.12.2026 09:00». English texts say
/// «RUB 1,234.50» / «KZT 1,234.50» — GSM-7 characters only, so an English SMS is not forced into
/// UCS-2 by the currency sign.
/// Date-times are written as the clock time the sender gave: senders pass local time.
/// </summary>
public static class ValueFormatter
{
    private const char NoBreakSpace = '\u00A0';
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Format(object value, PlaceholderKind kind, string language, Currency currency = Currency.Rub) => kind switch
    {
        PlaceholderKind.Money => Money(ToDecimal(value), language, currency),
        PlaceholderKind.Date => ToDate(value).ToString("dd.MM.yyyy", Invariant),
        PlaceholderKind.DateTime => ToDateTime(value).ToString("dd.MM.yyyy HH:mm", Invariant),
        _ => Convert.ToString(value, Invariant) ?? string.Empty,
    };

    public static string Money(decimal amount, string language, Currency currency = Currency.Rub)
    {
        var rounded = Math.Round(amount, 2, MidpointRounding.AwayFromZero);
        var digits = Math.Abs(rounded).ToString("#,0.00", Invariant);
        var sign = rounded < 0 ? "-" : string.Empty;
        if (language == ScenarioLanguages.English) return $"{(currency == Currency.Kzt ? "KZT" : "RUB")} {sign}{digits}";
        var russian = digits.Replace(',', NoBreakSpace).Replace('.', ',');
        return $"{sign}{russian}{NoBreakSpace}{(currency == Currency.Kzt ? '₸' : '₽')}";
    }

    /// <summary>Turns text from a request into the typed value of <paramref name="kind"/>; null when it does not parse.</summary>
    public static object? Parse(string text, PlaceholderKind kind)
    {
        var trimmed = text.Trim();
        return kind switch
        {
            PlaceholderKind.Money => ParseMoney(trimmed),
            PlaceholderKind.Date => DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", Invariant, DateTimeStyles.None, out var date) ? date : null,
            PlaceholderKind.DateTime => DateTime.TryParseExact(trimmed, ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"], Invariant, DateTimeStyles.None, out var at) ? at : null,
            _ => text,
        };
    }

    /// <summary>Accepts «1234.5», «1234,50» and «1 234,50» (billing exports write all three).</summary>
    public static decimal? ParseMoney(string text)
    {
        var compact = new string(text.Where(c => !char.IsWhiteSpace(c) && c != '₽').ToArray()).Replace(',', '.');
        return decimal.TryParse(compact, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, Invariant, out var amount) ? amount : null;
    }

    private static decimal ToDecimal(object value) => value switch
    {
        decimal d => d,
        int or long or double or float => Convert.ToDecimal(value, Invariant),
        string s when ParseMoney(s) is { } parsed => parsed,
        _ => throw new ArgumentException($"'{value}' is not an amount.", nameof(value)),
    };

    private static DateOnly ToDate(object value) => value switch
    {
        DateOnly d => d,
        DateTime t => DateOnly.FromDateTime(t),
        DateTimeOffset o => DateOnly.FromDateTime(o.DateTime),
        string s when Parse(s, PlaceholderKind.Date) is DateOnly parsed => parsed,
        _ => throw new ArgumentException($"'{value}' is not a date.", nameof(value)),
    };

    private static DateTime ToDateTime(object value) => value switch
    {
        DateTime t => t,
        DateTimeOffset o => o.DateTime,
        DateOnly d => d.ToDateTime(TimeOnly.MinValue),
        string s when Parse(s, PlaceholderKind.DateTime) is DateTime parsed => parsed,
        _ => throw new ArgumentException($"'{value}' is not a date and time.", nameof(value)),
    };
}
