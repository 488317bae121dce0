namespace CustomerService.Functions.Features.Informing.Scenarios;

/// <summary>How a placeholder's value is written into a message (see <see cref="ValueFormatter"/>).</summary>
public enum PlaceholderKind
{
    /// <summary>Written as given.</summary>
    Text,

    /// <summary>An amount in roubles: «1 234,50 ₽».</summary>
    Money,

    /// <summary>A calendar date: «07.12.2026».</summary>
    Date,

    /// <summary>A date and local time: «07.12.2026 09:00».</summary>
    DateTime,
}

/// <summary>One <c>{{name}}</c> a scenario may use, with a Russian description for the editor and a sample value for previews.</summary>
public sealed record Placeholder(string Name, PlaceholderKind Kind, string Description, object Sample);
