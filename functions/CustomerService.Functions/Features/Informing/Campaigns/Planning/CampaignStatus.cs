namespace CustomerService.Functions.Features.Informing.Campaigns.Planning;

/// <summary>
/// A campaign's life. The head of the organization approves the list and the text before it runs
/// (SEED_REQUIREMENTS AI-13), so a draft cannot be started directly.
/// </summary>
public enum CampaignStatus
{
    Draft,
    Approved,
    Running,
    Paused,
    Cancelled,
    Completed,
}

public static class CampaignTransitions
{
    private static readonly Dictionary<CampaignStatus, CampaignStatus[]> Allowed = new()
    {
        [CampaignStatus.Draft] = [CampaignStatus.Approved, CampaignStatus.Cancelled],
        [CampaignStatus.Approved] = [CampaignStatus.Running, CampaignStatus.Cancelled],
        [CampaignStatus.Running] = [CampaignStatus.Paused, CampaignStatus.Cancelled, CampaignStatus.Completed],
        [CampaignStatus.Paused] = [CampaignStatus.Running, CampaignStatus.Cancelled],
        [CampaignStatus.Cancelled] = [],
        [CampaignStatus.Completed] = [],
    };

    public static bool CanMove(CampaignStatus from, CampaignStatus to) => Allowed[from].Contains(to);

    /// <summary>Messages are handed to ACS only while the campaign runs.</summary>
    public static bool Sends(CampaignStatus status) => status == CampaignStatus.Running;
}
