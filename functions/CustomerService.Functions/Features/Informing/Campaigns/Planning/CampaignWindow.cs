namespace CustomerService.Functions.Features.Informing.Campaigns.Planning;

/// <summary>
/// When a campaign may send (SEED_REQUIREMENTS AI-06: a notification task with a start and an
/// end time) and when it must stay silent. Messages not sent by <see cref="EndAt"/> are reported
/// as skipped, never sent late: a payment reminder after the due date misleads.
/// </summary>
public sealed record CampaignWindow(DateTimeOffset StartAt, DateTimeOffset EndAt, QuietHours QuietHours)
{
    public bool IsOpen(DateTimeOffset at) => at >= StartAt && at < EndAt;

    /// <summary>
    /// When a message to a recipient in <paramref name="zone"/> may go, not earlier than
    /// <paramref name="at"/>; <c>null</c> when that falls outside the window.
    /// </summary>
    public DateTimeOffset? SendTime(DateTimeOffset at, TimeZoneInfo zone)
    {
        var from = at < StartAt ? StartAt : at;
        var allowed = QuietHours.NextAllowed(from, zone);
        return allowed < EndAt ? allowed : null;
    }
}
