namespace CustomerService.Functions.Features.Appeals.Screening.Text;

/// <summary>The appeal's questions prepared once for every check.</summary>
internal sealed class ScreeningText
{
    public ScreeningText(IReadOnlyList<string> questions)
    {
        Questions = questions;
        Raw = string.Join("\n", questions);
        Words = Text.Words.Split(Raw);
        Normalized = string.Join(' ', Words);
    }

    public IReadOnlyList<string> Questions { get; }

    /// <summary>All questions joined, as written.</summary>
    public string Raw { get; }

    public IReadOnlyList<string> Words { get; }

    /// <summary>Normalised words joined by single spaces: what the phrase patterns run on (no punctuation, no digits).</summary>
    public string Normalized { get; }
}
