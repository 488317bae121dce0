namespace CustomerService.Functions.Features.Informing.Campaigns.Planning;

/// <summary>
/// Local times of day when no proactive message may reach a customer (e.g. 21:00–09:00), read in
/// the recipient's own time zone: a Kazakh customer's evening is not Moscow's. A window whose
/// start is after its end spans midnight.
/// </summary>
public sealed record QuietHours(TimeOnly From, TimeOnly Until)
{
    /// <summary>The usual courtesy window: nothing between 21:00 and 09:00 local time.</summary>
    public static QuietHours Default { get; } = new(new TimeOnly(21, 0), new TimeOnly(9, 0));

    public static QuietHours None { get; } = new(TimeOnly.MinValue, TimeOnly.MinValue);

    public bool IsEmpty => From == Until;

    public bool Contains(DateTimeOffset at, TimeZoneInfo zone)
    {
        if (IsEmpty) return false;
        var local = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);
        return From < Until ? local >= From && local < Until : local >= From || local < Until;
    }

    /// <summary>The first instant at or after <paramref name="at"/> outside the quiet hours.</summary>
    public DateTimeOffset NextAllowed(DateTimeOffset at, TimeZoneInfo zone)
    {
        if (!Contains(at, zone)) return at;
        var local = TimeZoneInfo.ConvertTime(at, zone);
        var end = local.Date + Until.ToTimeSpan();
        if (end <= local.DateTime) end = end.AddDays(1);
        return new DateTimeOffset(end, zone.GetUtcOffset(end));
    }
}
