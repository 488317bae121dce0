namespace CustomerService.Functions.Features.Informing.Scenarios;

/// <summary>
/// The texts of one scenario in one language: the SMS, and the e-mail's subject, plain text and
/// optional HTML. Without <see cref="EmailHtml"/> the HTML part is made from the plain text
/// (escaped, paragraphs at blank lines), so a staff member only writes HTML when they want markup.
/// </summary>
public sealed record ScenarioContent(string Sms, string EmailSubject, string EmailText, string? EmailHtml = null);

/// <summary>
/// A message type (<see cref="Id"/>, e.g. <c>debtNotice</c>) with the placeholders it offers and
/// its shipped texts per language. Staff overrides replace the texts, never the placeholders:
/// senders fill exactly <see cref="Placeholders"/>.
/// </summary>
/// <param name="Title">Russian name for the editor.</param>
/// <param name="UseCase">What the message is for, with the requirement it serves (SEED_REQUIREMENTS §6.3).</param>
public sealed record ScenarioDefinition(string Id, string Title, string UseCase, IReadOnlyList<string> Placeholders, IReadOnlyDictionary<string, ScenarioContent> Shipped)
{
    /// <summary>Shipped texts in <paramref name="language"/>, else Russian (always shipped).</summary>
    public ScenarioContent ShippedFor(string language, out string shippedLanguage)
    {
        shippedLanguage = Shipped.ContainsKey(language) ? language : ScenarioLanguages.Russian;
        return Shipped[shippedLanguage];
    }
}
