using static CustomerService.Functions.Features.Informing.Scenarios.Placeholders;

namespace CustomerService.Functions.Features.Informing.Scenarios.Shipped;

/// <summary>
/// What every shipped scenario shares: the common placeholders, the greeting and the closing.
/// Kept apart from <see cref="ScenarioCatalogue"/> so the scenario lists do not depend on the catalogue
/// that lists them (static initialisation order).
/// </summary>
internal static class ShippedTexts
{
    /// <summary>Placeholders every scenario offers besides its own.</summary>
    private static readonly string[] Common = [FullName, NameAndPatronymic, Account, Address, CompanyName, CompanyPhone];

    internal static ScenarioDefinition Define(string id, string title, string useCase, string[] own, ScenarioContent russian, ScenarioContent english) =>
        new(id, title, useCase, [.. Common.Concat(own).Distinct(StringComparer.Ordinal)],
            new Dictionary<string, ScenarioContent>(StringComparer.Ordinal) { [ScenarioLanguages.Russian] = russian, [ScenarioLanguages.English] = english });

    /// <summary>With Tatar and Kazakh texts too: only where the product shipped them before scenarios existed (our translation — have a native speaker check it).</summary>
    internal static ScenarioDefinition Define(string id, string title, string useCase, string[] own, ScenarioContent russian, ScenarioContent english, ScenarioContent tatar, ScenarioContent kazakh)
    {
        var scenario = Define(id, title, useCase, own, russian, english);
        return scenario with
        {
            Shipped = new Dictionary<string, ScenarioContent>(scenario.Shipped, StringComparer.Ordinal) { [ScenarioLanguages.Tatar] = tatar, [ScenarioLanguages.Kazakh] = kazakh },
        };
    }

    /// <summary>The e-mail signature every shipped Russian letter ends with.</summary>
    internal const string RussianClosing = "\n\nС уважением,\n{{companyName}}";

    internal const string EnglishClosing = "\n\nKind regards,\n{{companyName}}";

    /// <summary>Letters open with the name and patronymic (SEED_REQUIREMENTS §9.5); «Здравствуйте» needs no gender.</summary>
    internal const string RussianGreeting = "Здравствуйте, {{nameAndPatronymic}}!\n\n";

    internal const string EnglishGreeting = "Dear {{nameAndPatronymic}},\n\n";

    internal const string TatarGreeting = "Исәнмесез, {{nameAndPatronymic}}!\n\n";

    internal const string KazakhGreeting = "Сәлеметсіз бе, {{nameAndPatronymic}}!\n\n";

    internal const string PlainClosing = "\n\n{{companyName}}";
}
