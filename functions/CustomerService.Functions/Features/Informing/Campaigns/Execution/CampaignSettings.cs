using System.Globalization;
using CustomerService.Functions.Platform.Configuration;

namespace CustomerService.Functions.Features.Informing.Campaigns.Execution;

/// <summary>Tuning of campaign execution (docs/settings.md).</summary>
public sealed class CampaignSettings
{
    [AppSetting("Longest time a campaign batch waits invisible on its queue before it looks again (hh:mm:ss, ≤ 7 days): a batch due later, paused or in quiet hours hops in steps of at most this.",
        Optional = true)]
    public const string MaxQueueDelay = "Campaigns:MaxQueueDelay";

    [AppSetting("Messages per batch (1–100): one table transaction and one queue message per batch.", Optional = true)]
    public const string BatchSize = "Campaigns:BatchSize";

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromDays(1);

    public int Batch { get; init; } = 50;

    /// <summary>Recipients read per planning step (one queue message each).</summary>
    public int PageSize { get; init; } = 1000;

    /// <summary>How often a paused campaign's batches look again.</summary>
    public TimeSpan PausedRecheck { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Wait before a send ACS could not take (429/5xx after the client's retries) is tried again.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(30);

    public static CampaignSettings From(IConfiguration configuration)
    {
        var maxDelay = configuration[MaxQueueDelay] is { } text ? TimeSpan.Parse(text, CultureInfo.InvariantCulture) : TimeSpan.FromDays(1);
        var batch = configuration[BatchSize] is { } size ? int.Parse(size, CultureInfo.InvariantCulture) : 50;
        if (maxDelay <= TimeSpan.Zero || maxDelay > TimeSpan.FromDays(7)) throw new InvalidOperationException($"{MaxQueueDelay} must be between 0 and 7 days.");
        if (batch is < 1 or > 100) throw new InvalidOperationException($"{BatchSize} must be 1–100.");
        return new CampaignSettings
        {
            MaxDelay = maxDelay,
            Batch = batch,
            PausedRecheck = maxDelay < TimeSpan.FromMinutes(1) ? maxDelay : TimeSpan.FromMinutes(1),
            RetryDelay = maxDelay < TimeSpan.FromSeconds(30) ? maxDelay : TimeSpan.FromSeconds(30),
        };
    }

    /// <summary>The queue delay for a wait: never negative, never beyond <see cref="MaxDelay"/> (the batch hops and looks again).</summary>
    public TimeSpan Hop(TimeSpan wait) => wait <= TimeSpan.Zero ? TimeSpan.Zero : wait < MaxDelay ? wait : MaxDelay;
}
