namespace CustomerService.Functions.Features.Informing.Scenarios;

/// <summary>The reply languages of SEED_REQUIREMENTS §9.4 (ru, tt, kk, en); Russian is always available.</summary>
public static class ScenarioLanguages
{
    public const string Russian = "ru";
    public const string Tatar = "tt";
    public const string Kazakh = "kk";
    public const string English = "en";

    public static IReadOnlyList<string> All { get; } = [Russian, Tatar, Kazakh, English];

    public static bool IsKnown(string? language) => language is not null && All.Contains(language, StringComparer.Ordinal);
}
