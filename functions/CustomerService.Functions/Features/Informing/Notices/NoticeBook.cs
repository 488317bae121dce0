using System.Collections.Concurrent;
using CustomerService.Functions.Features.Informing.Scenarios;
using CustomerService.Functions.Features.Informing.Scenarios.Shipped;

namespace CustomerService.Functions.Features.Informing.Notices;

/// <summary>A transactional notice ready for the outbox: the language its texts are in, the subject, and the body for its channel.</summary>
public sealed record NoticeText(string Language, string Subject, string Body);

/// <summary>
/// The texts transactional notices are rendered from: per scenario and language, the staff override
/// or the shipped text (<see cref="Content.ScenarioStore.AllTextsAsync"/>). Pure; compiled templates
/// are kept per scenario and language, so rendering on the intake path is string work only.
/// </summary>
public sealed class NoticeBook(IReadOnlyDictionary<string, IReadOnlyDictionary<string, ScenarioContent>> texts)
{
    private readonly ConcurrentDictionary<(string Scenario, string Language), CompiledScenario> _compiled = new();

    public static NoticeBook Shipped { get; } = new(ScenarioCatalogue.All.ToDictionary(s => s.Id, s => s.Shipped, StringComparer.Ordinal));

    /// <summary>
    /// Renders <paramref name="scenarioId"/> in <paramref name="language"/> (Russian when the scenario has
    /// no text in it): the SMS text for <c>sms</c>, the e-mail's plain text for every other channel
    /// (e-mail, post, personal account), which staff read in the outbox as the letter.
    /// </summary>
    public NoticeText Render(string scenarioId, string language, string channel, IReadOnlyDictionary<string, object> values)
    {
        var scenario = ScenarioCatalogue.Find(scenarioId) ?? throw new ArgumentException($"No scenario '{scenarioId}'.", nameof(scenarioId));
        var own = texts.GetValueOrDefault(scenarioId) ?? scenario.Shipped;
        var contentLanguage = own.ContainsKey(language) ? language : ScenarioLanguages.Russian;
        var compiled = _compiled.GetOrAdd((scenarioId, contentLanguage), key => Compile(scenario, own, key.Language));
        var message = compiled.Render(values);
        return new NoticeText(contentLanguage, message.EmailSubject, channel == "sms" ? message.Sms : message.EmailText);
    }

    /// <summary>Saved overrides were compiled before they were stored; a text that no longer compiles falls back to the shipped one.</summary>
    private static CompiledScenario Compile(ScenarioDefinition scenario, IReadOnlyDictionary<string, ScenarioContent> own, string language)
    {
        var errors = new List<TemplateError>();
        if (own.TryGetValue(language, out var content) && CompiledScenario.Compile(content, language, scenario.Placeholders, errors) is { } compiled) return compiled;
        var shipped = scenario.ShippedFor(language, out var shippedLanguage);
        return CompiledScenario.Compile(shipped, shippedLanguage, scenario.Placeholders, errors)
            ?? throw new InvalidOperationException($"Shipped scenario {scenario.Id}/{shippedLanguage} does not compile.");
    }
}
