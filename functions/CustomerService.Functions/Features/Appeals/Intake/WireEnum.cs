using System.Text.Json;

namespace CustomerService.Functions.Features.Appeals.Intake;

/// <summary>camelCase wire names of an enum, matched exactly (the website sends what the docs show).</summary>
public static class WireEnum<T> where T : struct, Enum
{
    private static readonly Dictionary<string, T> ByName =
        Enum.GetValues<T>().ToDictionary(v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()), StringComparer.Ordinal);

    public static string Name(T value) => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    public static bool TryParse(string? text, out T value) => ByName.TryGetValue(text ?? "", out value);

    public static string AllowedList(IEnumerable<T>? subset = null) => string.Join(", ", (subset ?? Enum.GetValues<T>()).Select(Name));
}
