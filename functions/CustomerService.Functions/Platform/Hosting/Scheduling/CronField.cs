using System.Globalization;

namespace CustomerService.Functions.Platform.Hosting.Scheduling;

/// <summary>The set of values one NCRONTAB field allows.</summary>
internal sealed class CronField
{
    private readonly bool[] _allowed;

    private CronField(bool[] allowed) => _allowed = allowed;

    public bool Contains(int value) => value >= 0 && value < _allowed.Length && _allowed[value];

    /// <summary>Day-of-week 7 is Sunday, as 0 is.</summary>
    public CronField FoldSeven()
    {
        if (_allowed.Length > 7 && _allowed[7]) _allowed[0] = true;
        return this;
    }

    public static CronField Parse(string text, string name, int min, int max, string[]? names)
    {
        var allowed = new bool[max + 1];
        foreach (var item in text.Split(','))
        {
            if (item.Length == 0) throw Error(text, name, "empty list item");
            var (range, step) = SplitStep(item, text, name);
            var (from, to) = ParseRange(range, text, name, min, max, names, hasStep: step > 1 || item.Contains('/', StringComparison.Ordinal));
            for (var value = from; value <= to; value += step) allowed[value] = true;
        }
        return new CronField(allowed);
    }

    private static (string Range, int Step) SplitStep(string item, string text, string name)
    {
        var slash = item.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0) return (item, 1);
        if (!int.TryParse(item[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var step) || step <= 0)
        {
            throw Error(text, name, $"bad step in '{item}'");
        }
        return (item[..slash], step);
    }

    private static (int From, int To) ParseRange(string range, string text, string name, int min, int max, string[]? names, bool hasStep)
    {
        if (range == "*") return (min, max);
        var dash = range.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0)
        {
            var single = ParseValue(range, text, name, min, max, names);
            return hasStep ? (single, max) : (single, single); // "a/n" runs from a to the end of the field
        }
        var (from, to) = (ParseValue(range[..dash], text, name, min, max, names), ParseValue(range[(dash + 1)..], text, name, min, max, names));
        if (from > to) throw Error(text, name, $"range '{range}' runs backwards");
        return (from, to);
    }

    private static int ParseValue(string value, string text, string name, int min, int max, string[]? names)
    {
        if (names is not null)
        {
            var index = Array.FindIndex(names, n => string.Equals(n, value, StringComparison.OrdinalIgnoreCase));
            if (index >= 0) return index + min;
        }
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }
        throw Error(text, name, $"'{value}' is not a {name} ({min}–{max})");
    }

    private static FormatException Error(string text, string name, string problem) =>
        new($"Invalid {name} field '{text}': {problem}.");
}
