using System.Text;

namespace CustomerService.Functions.Features.Informing.Scenarios;

/// <summary>A field-level problem in a scenario: <see cref="Field"/> is the JSON name of the text (<c>sms</c>, <c>email.subject</c>…).</summary>
public sealed record TemplateError(string Field, string Message);

/// <summary>
/// One message text compiled once: literal parts and <c>{{name}}</c> references, each checked
/// against the placeholders the scenario offers. Compiling reports every unknown, unavailable or
/// malformed placeholder with the field it is in, so a bad template is refused before anything
/// is sent. Rendering is pure: values in, text out.
/// </summary>
public sealed class MessageTemplate
{
    private readonly IReadOnlyList<Part> _parts;

    private MessageTemplate(string source, IReadOnlyList<Part> parts)
    {
        Source = source;
        _parts = parts;
    }

    public string Source { get; }

    /// <summary>The placeholders the text uses, in order of first use.</summary>
    public IReadOnlyList<string> UsedPlaceholders => _parts.OfType<Reference>().Select(r => r.Placeholder.Name).Distinct(StringComparer.Ordinal).ToList();

    /// <param name="available">The placeholders of the scenario; null allows every known placeholder.</param>
    public static MessageTemplate? Compile(string source, string field, IReadOnlyCollection<string>? available, List<TemplateError> errors)
    {
        var parts = new List<Part>();
        var literal = new StringBuilder();
        var before = errors.Count;
        var position = 0;
        while (position < source.Length)
        {
            var open = source.IndexOf("{{", position, StringComparison.Ordinal);
            if (open < 0) break;
            literal.Append(source, position, open - position);
            var close = source.IndexOf("}}", open + 2, StringComparison.Ordinal);
            if (close < 0)
            {
                errors.Add(new(field, $"Не закрыта подстановка, начатая символами «{{{{» в позиции {open + 1}: допишите «}}}}»."));
                position = source.Length;
                break;
            }
            var name = source[(open + 2)..close].Trim();
            if (Resolve(name, field, available, errors) is { } placeholder)
            {
                if (literal.Length > 0) parts.Add(new Literal(literal.ToString()));
                literal.Clear();
                parts.Add(new Reference(placeholder));
            }
            position = close + 2;
        }
        if (position < source.Length) literal.Append(source, position, source.Length - position);
        if (literal.Length > 0) parts.Add(new Literal(literal.ToString()));
        return errors.Count == before ? new MessageTemplate(source, parts) : null;
    }

    private static Placeholder? Resolve(string name, string field, IReadOnlyCollection<string>? available, List<TemplateError> errors)
    {
        if (name.Length == 0)
        {
            errors.Add(new(field, "Пустая подстановка «{{}}»: укажите имя поля, например {{account}}."));
            return null;
        }
        var placeholder = Placeholders.Find(name);
        if (placeholder is null)
        {
            var choices = available ?? Placeholders.All.Select(p => p.Name).ToList();
            errors.Add(new(field, $"Неизвестная подстановка {{{{{name}}}}}. Допустимы: {string.Join(", ", choices.Select(c => "{{" + c + "}}"))}."));
            return null;
        }
        if (available is not null && !available.Contains(name))
        {
            errors.Add(new(field, $"Подстановка {{{{{name}}}}} недоступна в этом сценарии. Допустимы: {string.Join(", ", available.Select(c => "{{" + c + "}}"))}."));
            return null;
        }
        return placeholder;
    }

    /// <summary>
    /// The text with every placeholder replaced by its formatted value; <paramref name="escape"/>
    /// applies to values only (HTML bodies escape values, never the staff-written markup).
    /// A value the caller did not supply is reported in <paramref name="missing"/> and left empty.
    /// </summary>
    public string Render(IReadOnlyDictionary<string, object> values, string language, Func<string, string>? escape, ICollection<string> missing, Currency currency = Currency.Rub)
    {
        var text = new StringBuilder();
        foreach (var part in _parts)
        {
            if (part is Literal literal)
            {
                text.Append(literal.Text);
                continue;
            }
            var placeholder = ((Reference)part).Placeholder;
            if (!values.TryGetValue(placeholder.Name, out var value) || value is null)
            {
                if (!missing.Contains(placeholder.Name)) missing.Add(placeholder.Name);
                continue;
            }
            var formatted = ValueFormatter.Format(value, placeholder.Kind, language, currency);
            text.Append(escape is null ? formatted : escape(formatted));
        }
        return text.ToString();
    }

    private abstract record Part;

    private sealed record Literal(string Text) : Part;

    private sealed record Reference(Placeholder Placeholder) : Part;
}
