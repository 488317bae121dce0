namespace CustomerService.Functions.Features.Informing.Campaigns.Execution;

/// <summary>
/// The clock campaigns plan and send by (window, quiet hours, throttle). Its own service so tests
/// can move campaign time without freezing the platform's queue polling, which shares TimeProvider.
/// </summary>
public sealed class CampaignClock(TimeProvider time)
{
    public DateTimeOffset Now => time.GetUtcNow();
}
