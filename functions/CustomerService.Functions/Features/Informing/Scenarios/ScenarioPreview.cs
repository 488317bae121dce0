namespace CustomerService.Functions.Features.Informing.Scenarios;

/// <summary>
/// Previews a scenario's texts: compiles them against the scenario's placeholders and renders them
/// with the sample value of each placeholder, overridden by the values the caller typed. Errors are
/// field-level: <c>sms</c>, <c>emailSubject</c>… for the texts, <c>values.amount</c> for a value
/// that does not parse. Pure: no storage.
/// </summary>
public static class ScenarioPreview
{
    public static (RenderedMessage? Message, IReadOnlyList<TemplateError> Errors) Render(
        ScenarioDefinition scenario, ScenarioContent content, string language, IReadOnlyDictionary<string, string>? values, Currency currency = Currency.Rub)
    {
        var errors = new List<TemplateError>();
        var compiled = CompiledScenario.Compile(content, language, scenario.Placeholders, errors);
        var typed = Values(scenario, values, errors);
        return compiled is null || errors.Count > 0 ? (null, errors) : (compiled.Render(typed, currency), errors);
    }

    /// <summary>Samples of the scenario's placeholders, with the caller's values parsed by each placeholder's kind.</summary>
    public static Dictionary<string, object> Values(ScenarioDefinition scenario, IReadOnlyDictionary<string, string>? values, List<TemplateError> errors)
    {
        var typed = scenario.Placeholders.ToDictionary(name => name, name => Placeholders.Find(name)!.Sample, StringComparer.Ordinal);
        foreach (var (name, text) in values ?? new Dictionary<string, string>())
        {
            var field = "values." + name;
            if (!scenario.Placeholders.Contains(name, StringComparer.Ordinal))
                errors.Add(new(field, $"В сценарии нет подстановки {{{{{name}}}}}."));
            else if (text is not null && ValueFormatter.Parse(text, Placeholders.Find(name)!.Kind) is { } value)
                typed[name] = value;
            else
                errors.Add(new(field, FormatHint(Placeholders.Find(name)!.Kind)));
        }
        return typed;
    }

    private static string FormatHint(PlaceholderKind kind) => kind switch
    {
        PlaceholderKind.Money => "Укажите сумму числом, например 1234.50.",
        PlaceholderKind.Date => "Укажите дату в формате ГГГГ-ММ-ДД.",
        PlaceholderKind.DateTime => "Укажите дату и время в формате ГГГГ-ММ-ДДTЧЧ:ММ.",
        _ => "Укажите значение.",
    };
}
