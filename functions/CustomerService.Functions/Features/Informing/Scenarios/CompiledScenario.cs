using System.Net;
using System.Text;

namespace CustomerService.Functions.Features.Informing.Scenarios;

/// <summary>A message ready to send: the SMS with its encoding and segments, and the e-mail's three parts.</summary>
/// <param name="Missing">Placeholders the texts use but the values did not supply (left empty in the texts).</param>
public sealed record RenderedMessage(string Sms, SmsLength SmsLength, string EmailSubject, string EmailHtml, string EmailText, IReadOnlyList<string> Missing);

/// <summary>
/// A scenario's texts in one language, compiled against its placeholders. <see cref="Compile"/>
/// gathers every error of every field (<c>sms</c>, <c>emailSubject</c>, <c>emailText</c>,
/// <c>emailHtml</c>) so an editor can fix them all at once.
/// </summary>
public sealed class CompiledScenario
{
    private readonly MessageTemplate _sms;
    private readonly MessageTemplate _subject;
    private readonly MessageTemplate _text;
    private readonly MessageTemplate? _html;

    private CompiledScenario(string language, MessageTemplate sms, MessageTemplate subject, MessageTemplate text, MessageTemplate? html)
    {
        Language = language;
        (_sms, _subject, _text, _html) = (sms, subject, text, html);
    }

    public string Language { get; }

    /// <summary>Every placeholder any of the texts uses.</summary>
    public IReadOnlyList<string> UsedPlaceholders =>
        new[] { _sms, _subject, _text, _html }.OfType<MessageTemplate>().SelectMany(t => t.UsedPlaceholders).Distinct(StringComparer.Ordinal).ToList();

    public static CompiledScenario? Compile(ScenarioContent content, string language, IReadOnlyCollection<string>? available, List<TemplateError> errors)
    {
        var before = errors.Count;
        Required(content.Sms, ScenarioFields.Sms, errors);
        Required(content.EmailSubject, ScenarioFields.EmailSubject, errors);
        Required(content.EmailText, ScenarioFields.EmailText, errors);
        if (content.EmailSubject is { } subjectLine && subjectLine.IndexOfAny(['\r', '\n']) >= 0) errors.Add(new(ScenarioFields.EmailSubject, "Тема письма должна быть одной строкой."));
        if (errors.Count > before) return null;

        var sms = MessageTemplate.Compile(content.Sms, ScenarioFields.Sms, available, errors);
        var subject = MessageTemplate.Compile(content.EmailSubject, ScenarioFields.EmailSubject, available, errors);
        var text = MessageTemplate.Compile(content.EmailText, ScenarioFields.EmailText, available, errors);
        var html = string.IsNullOrWhiteSpace(content.EmailHtml) ? null : MessageTemplate.Compile(content.EmailHtml, ScenarioFields.EmailHtml, available, errors);
        return errors.Count > before ? null : new CompiledScenario(language, sms!, subject!, text!, html);
    }

    /// <param name="currency">What amounts are in: the sending organization's.</param>
    public RenderedMessage Render(IReadOnlyDictionary<string, object> values, Currency currency = Currency.Rub)
    {
        var missing = new List<string>();
        var sms = _sms.Render(values, Language, null, missing, currency).Trim();
        // A value with a line break must not split the subject header.
        var subject = _subject.Render(values, Language, null, missing, currency).ReplaceLineEndings(" ").Trim();
        var text = _text.Render(values, Language, null, missing, currency);
        var html = _html is null ? HtmlFromText(text) : _html.Render(values, Language, HtmlEscape, missing, currency);
        return new RenderedMessage(sms, SmsLength.Of(sms), subject, html, text, missing);
    }

    /// <summary>Escapes the five characters that change the meaning of HTML text or attribute values.</summary>
    public static string HtmlEscape(string value) => WebUtility.HtmlEncode(value);

    /// <summary>The plain text as HTML: everything escaped, blank lines make paragraphs, single line breaks stay.</summary>
    public static string HtmlFromText(string text)
    {
        var html = new StringBuilder("<!DOCTYPE html><html><body>");
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            html.Append("<p>").Append(HtmlEscape(paragraph).Replace("\n", "<br>", StringComparison.Ordinal)).Append("</p>");
        return html.Append("</body></html>").ToString();
    }

    private static void Required(string? value, string field, List<TemplateError> errors)
    {
        if (string.IsNullOrWhiteSpace(value)) errors.Add(new(field, "Заполните текст."));
    }
}

/// <summary>The JSON names of a scenario's texts, used as error fields.</summary>
public static class ScenarioFields
{
    public const string Sms = "sms";
    public const string EmailSubject = "emailSubject";
    public const string EmailText = "emailText";
    public const string EmailHtml = "emailHtml";
}
