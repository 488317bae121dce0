using System.Globalization;
using CustomerService.Functions.Features.Appeals.Intake;
using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Platform.Http;
using Microsoft.Extensions.Primitives;

namespace CustomerService.Functions.Features.Appeals.Journal;

/// <summary>
/// Reads the journal's query string (<c>from, to, status, kind, channel, classification,
/// applicantKind, assignee, unit, overdue, q, sort, order</c>). Lists are comma-separated or
/// repeated parameters. Every bad value becomes a Russian message under its parameter's name.
/// </summary>
public static class JournalQueryParser
{
    /// <summary>Longest period one query may span: bounds the partitions scanned.</summary>
    public const int MaxPeriodDays = 366;
    public const int MaxTextLength = 200;
    public const int MaxIdLength = 200;

    public static JournalQuery? Parse(IQueryCollection query, DateOnly today, ValidationProblemBuilder errors)
    {
        var from = Date(query, "from", errors) ?? new DateOnly(today.Year, today.Month, 1);
        var to = Date(query, "to", errors) ?? today;
        errors.AddIf(to < from, "to", "Дата окончания периода раньше даты начала.");
        errors.AddIf(to.DayNumber - from.DayNumber >= MaxPeriodDays, "to", $"Период не может быть длиннее {MaxPeriodDays} дней.");
        var result = new JournalQuery
        {
            From = from,
            To = to,
            Statuses = Enums<AppealStatus>(query, "status", errors),
            Kinds = Enums<AppealKind>(query, "kind", errors),
            Channels = Enums<Channel>(query, "channel", errors),
            Classifications = Enums<ClassificationCode>(query, "classification", errors),
            ApplicantKinds = Enums<ApplicantKind>(query, "applicantKind", errors),
            Assignee = Text(query, "assignee", MaxIdLength, errors),
            Unit = Text(query, "unit", MaxIdLength, errors),
            Overdue = Boolean(query, "overdue", errors),
            Text = Text(query, "q", MaxTextLength, errors),
            Sort = Sort(query, errors),
            Descending = Order(query, errors),
        };
        return errors.HasErrors ? null : result;
    }

    private static DateOnly? Date(IQueryCollection query, string name, ValidationProblemBuilder errors)
    {
        if (Single(query, name, errors) is not { } text) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        errors.Add(name, "Укажите дату в формате ГГГГ-ММ-ДД.");
        return null;
    }

    private static IReadOnlyList<T> Enums<T>(IQueryCollection query, string name, ValidationProblemBuilder errors) where T : struct, Enum
    {
        var values = new List<T>();
        foreach (var item in Items(query[name]))
        {
            if (WireEnum<T>.TryParse(item, out var value)) { if (!values.Contains(value)) values.Add(value); }
            else errors.Add(name, $"Недопустимое значение «{Shorten(item)}». Допустимые: {WireEnum<T>.AllowedList()}.");
        }
        return values;
    }

    private static string? Text(IQueryCollection query, string name, int maxLength, ValidationProblemBuilder errors)
    {
        if (Single(query, name, errors) is not { } text) return null;
        text = text.Trim();
        if (text.Length == 0) return null;
        errors.AddIf(text.Length > maxLength, name, $"Не длиннее {maxLength} символов.");
        errors.AddIf(text.Any(char.IsControl), name, "Управляющие символы недопустимы.");
        return text;
    }

    private static bool? Boolean(IQueryCollection query, string name, ValidationProblemBuilder errors) => Single(query, name, errors) switch
    {
        null => null,
        "true" => true,
        "false" => false,
        _ => Invalid<bool?>(errors, name, "Укажите true или false."),
    };

    private static JournalSortField Sort(IQueryCollection query, ValidationProblemBuilder errors) => Single(query, "sort", errors) switch
    {
        null or "registeredAt" => JournalSortField.RegisteredAt,
        "number" => JournalSortField.Number,
        "status" => JournalSortField.Status,
        "kind" => JournalSortField.Kind,
        _ => Invalid<JournalSortField>(errors, "sort", "Допустимые значения: registeredAt, number, status, kind."),
    };

    private static bool Order(IQueryCollection query, ValidationProblemBuilder errors) => Single(query, "order", errors) switch
    {
        null or "asc" => false,
        "desc" => true,
        _ => Invalid<bool>(errors, "order", "Допустимые значения: asc, desc."),
    };

    private static T Invalid<T>(ValidationProblemBuilder errors, string name, string message)
    {
        errors.Add(name, message);
        return default!;
    }

    /// <summary>The parameter's one value; a repeated scalar parameter is ambiguous, so it is an error.</summary>
    internal static string? Single(IQueryCollection query, string name, ValidationProblemBuilder errors)
    {
        var values = query[name];
        errors.AddIf(values.Count > 1, name, "Параметр указан несколько раз.");
        return values.Count == 1 && !string.IsNullOrEmpty(values[0]) ? values[0] : null;
    }

    private static IEnumerable<string> Items(StringValues values) =>
        values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
