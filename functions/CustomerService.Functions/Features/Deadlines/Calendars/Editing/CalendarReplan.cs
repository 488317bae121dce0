using System.Text.Json;
using CustomerService.Functions.Features.Deadlines.Timers;
using CustomerService.Functions.Platform.Hosting.Invocation;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Deadlines.Calendars.Editing;

/// <summary>The <c>deadline-replan</c> message: an organization's calendar year changed.</summary>
public sealed record CalendarReplanRequest(string OrganizationId, int Year)
{
    public string ToJson() => JsonSerializer.Serialize(this, JsonSerializerOptions.Web);

    public static CalendarReplanRequest? Parse(string text)
    {
        try
        {
            return JsonSerializer.Deserialize<CalendarReplanRequest>(text, JsonSerializerOptions.Web) is { OrganizationId.Length: > 0, Year: > 0 } request ? request : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>
/// Asks for the re-planning of open deadlines after a calendar year was loaded or withdrawn. The
/// message is delayed by <see cref="DeadlineOptions.CalendarReplanDelay"/> so that whichever instance
/// takes it already counts on the new year (its snapshot and the document cache have caught up).
/// </summary>
public sealed class CalendarReplanQueue(DeadlineStore store)
{
    public async Task RequestAsync(CalendarReplanRequest request, CancellationToken cancellationToken)
    {
        var queue = store.ReplanQueue;
        await queue.CreateIfNotExistsAsync(cancellationToken);
        await queue.SendMessageAsync(request.ToJson(), visibilityDelay: store.Options.CalendarReplanDelay, cancellationToken: cancellationToken);
    }
}

/// <summary>
/// Queue <c>deadline-replan</c>: re-syncs every open deadline of the organization whose counting
/// touches the changed year (clock started before its end, due or capped after its start). The
/// engine writes only where the dates moved, with new timers and notices as for any re-plan.
/// </summary>
public sealed class CalendarReplanFunction(DeadlineStore store, DeadlineEngine engine) : IQueueFunction
{
    public const string FunctionName = "DeadlineCalendarReplan";

    public async Task RunAsync(QueueInvocation invocation, CancellationToken cancellationToken)
    {
        if (CalendarReplanRequest.Parse(invocation.MessageText) is not { } request)
        {
            invocation.Log.Write("Not a deadline-replan message; dropped.");
            return;
        }
        var (checkedCount, moved) = await ReplanAsync(request, cancellationToken);
        invocation.Log.Write($"Calendar {request.OrganizationId} {request.Year}: {checkedCount} open deadlines checked, {moved} moved.");
    }

    public async Task<(int Checked, int Moved)> ReplanAsync(CalendarReplanRequest request, CancellationToken cancellationToken)
    {
        await store.EnsureCreatedAsync(cancellationToken);
        // A day either side of the year covers every time zone's local dates.
        var start = new DateTimeOffset(request.Year, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(-1);
        var end = new DateTimeOffset(request.Year + 1, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(1);
        var filter = TableFilter.Equal("State", DeadlineRecord.Open) & TableFilter.Equal("Organization", request.OrganizationId) & TableFilter.LessThan("ClockStart", end);
        var affected = new List<DeadlineRecord>();
        await foreach (var row in store.Deadlines.QueryAsync(filter, cancellationToken: cancellationToken))
        {
            var deadline = DeadlineRecord.From(row);
            if (deadline.Due >= start || deadline.HardLimit >= start) affected.Add(deadline);
        }
        var moved = 0;
        foreach (var deadline in affected)
        {
            var after = await engine.SyncAsync(deadline.AppealId, cancellationToken);
            if (after is not null && after.Version != deadline.Version) moved++;
        }
        return (affected.Count, moved);
    }
}
