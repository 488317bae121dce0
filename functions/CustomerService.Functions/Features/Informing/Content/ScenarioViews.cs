using CustomerService.Functions.Features.Informing.Scenarios;

namespace CustomerService.Functions.Features.Informing.Content;

/// <summary>The texts a staff member sends to save or preview (<c>PUT …/scenarios/{id}/{language}</c>).</summary>
public sealed record ScenarioTexts(string? Sms, string? EmailSubject, string? EmailText, string? EmailHtml)
{
    public ScenarioContent ToContent() => new(Sms ?? "", EmailSubject ?? "", EmailText ?? "", EmailHtml);
}

/// <summary>One placeholder for the editor: name, kind, Russian description and the sample value as previews write it.</summary>
public sealed record PlaceholderView(string Name, string Kind, string Description, string Sample)
{
    public static PlaceholderView From(Placeholder placeholder, Currency currency) => new(placeholder.Name, placeholder.Kind.ToString().ToLowerInvariant().Replace("datetime", "dateTime", StringComparison.Ordinal),
        placeholder.Description, ValueFormatter.Format(placeholder.Sample, placeholder.Kind, ScenarioLanguages.Russian, currency));
}

public sealed record ScenarioSummary(string Id, string Title, string UseCase, IReadOnlyList<string> Placeholders, IReadOnlyList<string> ShippedLanguages, IReadOnlyList<string> OverriddenLanguages);

public sealed record ScenarioList(IReadOnlyList<string> Languages, IReadOnlyList<ScenarioSummary> Scenarios);

/// <param name="ContentLanguage">The language of the texts: Russian when the requested language has none yet.</param>
/// <param name="Source"><c>override</c> or <c>shipped</c>.</param>
/// <param name="Etag">Send it back as <c>If-Match</c> to change or revert the override; null for shipped texts (save without If-Match).</param>
public sealed record ScenarioView(
    string Id, string Language, string ContentLanguage, string Source, string? Etag, string? UpdatedBy, DateTimeOffset? UpdatedAt,
    string Sms, string EmailSubject, string EmailText, string? EmailHtml, IReadOnlyList<string> Placeholders)
{
    public static ScenarioView From(EffectiveScenario scenario) => new(
        scenario.Definition.Id, scenario.Language, scenario.ContentLanguage, scenario.Source, scenario.ETag?.ToString(), scenario.UpdatedBy, scenario.UpdatedAt,
        scenario.Content.Sms, scenario.Content.EmailSubject, scenario.Content.EmailText, scenario.Content.EmailHtml, scenario.Definition.Placeholders);
}

/// <summary>
/// <c>POST /api/informing/scenarios/preview</c>: the scenario and language, optionally texts to try
/// (a text left out is the saved one) and values to use instead of the samples.
/// </summary>
public sealed record PreviewRequest(string? ScenarioId, string? Language, string? Sms, string? EmailSubject, string? EmailText, string? EmailHtml, Dictionary<string, string>? Values);

/// <param name="Encoding"><c>gsm7</c> or <c>ucs2</c>.</param>
/// <param name="Units">Septets (GSM-7) or UTF-16 code units (UCS-2).</param>
public sealed record SmsPreview(string Text, string Encoding, int Characters, int Units, int Segments, int UnitsPerSegment, int Remaining)
{
    public static SmsPreview From(string text, SmsLength length) => new(text, length.Encoding == SmsEncoding.Gsm7 ? "gsm7" : "ucs2",
        length.Characters, length.Units, length.Segments, length.UnitsPerSegment, length.Remaining);
}

public sealed record EmailPreview(string Subject, string Html, string Text);

public sealed record PreviewResult(string ScenarioId, string Language, SmsPreview Sms, EmailPreview Email, IReadOnlyList<string> Missing);
