namespace CustomerService.Functions.Features.Appeals.Model;

/// <summary>Classification of a complaint by the area of the conflict: 001's journal column Ст.6 (SEED_REQUIREMENTS §3.3).</summary>
public enum ClassificationCode
{
    /// <summary>КЭ — качество электроснабжения.</summary>
    PowerQuality,

    /// <summary>С — технологическое присоединение к распределительным сетям.</summary>
    ConnectionDistribution,

    /// <summary>Се — технологическое присоединение к объектам ЕНЭС.</summary>
    ConnectionNationalGrid,

    /// <summary>Об — качество обслуживания потребителей.</summary>
    ServiceQuality,

    /// <summary>Ог — ограничения режима потребления.</summary>
    ConsumptionRestriction,

    /// <summary>Т — тарифы.</summary>
    Tariffs,

    /// <summary>Пр — прочее.</summary>
    Other,

    /// <summary>Э — энергоснабжение бытовых потребителей.</summary>
    HouseholdSupply,
}

public static class ClassificationCodes
{
    /// <summary>The journal's own Cyrillic code, as printed in Ст.6.</summary>
    public static string JournalCode(this ClassificationCode code) => code switch
    {
        ClassificationCode.PowerQuality => "КЭ",
        ClassificationCode.ConnectionDistribution => "С",
        ClassificationCode.ConnectionNationalGrid => "Се",
        ClassificationCode.ServiceQuality => "Об",
        ClassificationCode.ConsumptionRestriction => "Ог",
        ClassificationCode.Tariffs => "Т",
        ClassificationCode.Other => "Пр",
        ClassificationCode.HouseholdSupply => "Э",
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, null),
    };
}
