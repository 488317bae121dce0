namespace CustomerService.Functions.Features.Deadlines.Timers;

/// <summary>
/// Where the timer engine keeps its state. Fixed names in the app; tests give each class its own
/// names so runs sharing one Azurite never see each other's timers.
/// </summary>
public sealed class DeadlineOptions
{
    public const string DefaultTimerQueue = "deadline-timers";

    /// <summary>The deadlines register: one row per appeal (partition = appeal id, row = <c>deadline</c>).</summary>
    public string DeadlinesTable { get; set; } = "Deadlines";

    /// <summary>The due-date index: partition = UTC hour bucket <c>yyyyMMddHH</c>, one row per pending milestone.</summary>
    public string DueIndexTable { get; set; } = "DeadlineDueIndex";

    /// <summary>Reminders and escalations for staff: partition = recipient (<c>user:{id}</c> or <c>role:{role}</c>).</summary>
    public string NotificationsTable { get; set; } = "StaffNotifications";

    public string TimerQueue { get; set; } = DefaultTimerQueue;

    public const string DefaultReplanQueue = "deadline-replan";

    /// <summary>Re-planning requests after a calendar year changed (<see cref="Calendars.Editing.CalendarReplanFunction"/>).</summary>
    public string ReplanQueue { get; set; } = DefaultReplanQueue;

    /// <summary>
    /// How long a re-plan request waits before it is handled: longer than the calendars' refresh
    /// (5 s) plus the document cache (30 s), so any instance taking it counts on the new year.
    /// </summary>
    public TimeSpan CalendarReplanDelay { get; set; } = TimeSpan.FromSeconds(40);

    /// <summary>A timer this late is presumed lost and re-enqueued by the sweep (normal timers fire well within it).</summary>
    public TimeSpan SweepGrace { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>A row the sweep re-enqueued is not re-enqueued again before this much time (its timer is in the queue).</summary>
    public TimeSpan SweepRetryAfter { get; set; } = TimeSpan.FromMinutes(15);
}
