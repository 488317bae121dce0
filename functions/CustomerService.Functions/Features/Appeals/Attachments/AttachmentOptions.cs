using System.Globalization;

namespace CustomerService.Functions.Features.Appeals.Attachments;

/// <summary>Limits and accepted types; defaults apply when a setting is absent.</summary>
public sealed record AttachmentOptions
{
    public long MaxFileBytes { get; init; } = 10 * 1024 * 1024;
    public int MaxCount { get; init; } = 5;
    public long MaxTotalBytes { get; init; } = 25 * 1024 * 1024;
    public IReadOnlyList<AttachmentType> AllowedTypes { get; init; } = AttachmentType.All;
    public TimeSpan DownloadLinkValidity { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Reads the declared settings; a malformed value stops start-up with the setting's name rather than silently using a default.</summary>
    public static AttachmentOptions From(IConfiguration configuration)
    {
        var defaults = new AttachmentOptions();
        return new AttachmentOptions
        {
            MaxFileBytes = Positive(configuration, AttachmentSettings.MaxFileBytes, defaults.MaxFileBytes),
            MaxCount = (int)Positive(configuration, AttachmentSettings.MaxCount, defaults.MaxCount),
            MaxTotalBytes = Positive(configuration, AttachmentSettings.MaxTotalBytes, defaults.MaxTotalBytes),
            AllowedTypes = Types(configuration[AttachmentSettings.AllowedTypes]) ?? defaults.AllowedTypes,
            DownloadLinkValidity = TimeSpan.FromMinutes(Positive(configuration, AttachmentSettings.DownloadLinkMinutes, 5)),
        };
    }

    private static long Positive(IConfiguration configuration, string key, long fallback)
    {
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is > 0 and <= int.MaxValue) return value;
        throw new InvalidOperationException($"Setting '{key}' must be a positive whole number; it is '{text}'.");
    }

    private static IReadOnlyList<AttachmentType>? Types(string? list)
    {
        if (string.IsNullOrWhiteSpace(list)) return null;
        return list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(id => AttachmentType.ById(id) ?? throw new InvalidOperationException(
                $"Setting '{AttachmentSettings.AllowedTypes}' names unknown type '{id}'; known: {string.Join(", ", AttachmentType.All.Select(t => t.Id))}."))
            .ToList();
    }
}
