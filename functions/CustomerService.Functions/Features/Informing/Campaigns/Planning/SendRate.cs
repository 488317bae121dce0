namespace CustomerService.Functions.Features.Informing.Campaigns.Planning;

/// <summary>
/// A channel's sending rate, in messages per minute, matched to the sender's ACS limits
/// (research B4: a toll-free SMS number 200 per 60 s, an alphanumeric sender 600 per 60 s,
/// e-mail on a custom domain 30 per minute by default). <c>null</c> means unthrottled.
/// </summary>
public sealed record SendRate(int? PerMinute)
{
    public static SendRate Unthrottled { get; } = new((int?)null);

    /// <summary>
    /// When batch <paramref name="index"/> of <paramref name="batchSize"/> messages may start, so
    /// that over any stretch of batches the rate is held: batches are spaced evenly rather than
    /// sent in bursts that ACS would answer with 429.
    /// </summary>
    public TimeSpan BatchOffset(long index, int batchSize) =>
        PerMinute is { } rate ? TimeSpan.FromTicks((long)(index * batchSize * (double)TimeSpan.TicksPerMinute / rate)) : TimeSpan.Zero;
}
