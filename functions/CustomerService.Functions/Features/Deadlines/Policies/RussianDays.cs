using CustomerService.Functions.Features.Appeals.Model;

namespace CustomerService.Functions.Features.Deadlines.Policies;

/// <summary>Russian counts of days for explanations: «1 рабочий день», «3 календарных дня», «15 рабочих дней».</summary>
internal static class RussianDays
{
    public static string Count(int n, DayType type) => type == DayType.Working
        ? $"{n} {Plural(n, "рабочий день", "рабочих дня", "рабочих дней")}"
        : $"{n} {Plural(n, "календарный день", "календарных дня", "календарных дней")}";

    public static string Plural(int n, string one, string few, string many) =>
        (n % 100) is >= 11 and <= 14 ? many : (n % 10) switch { 1 => one, >= 2 and <= 4 => few, _ => many };

    public static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
