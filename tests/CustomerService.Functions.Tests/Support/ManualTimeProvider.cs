namespace CustomerService.Functions.Tests.Support;

/// <summary>
/// A clock the test moves by hand. Timers (and so <c>Task.Delay(…, timeProvider)</c>) fire only
/// when the test moves the clock past their due time, so schedules are tested without waiting.
/// </summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly object _gate = new();
    private readonly List<ManualTimer> _timers = [];
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate) return _now;
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>True when some timer is waiting to fire exactly at <paramref name="due"/>.</summary>
    public bool HasTimerDueAt(DateTimeOffset due)
    {
        lock (_gate) return _timers.Any(t => t.Due == due);
    }

    /// <summary>Moves the clock to <paramref name="target"/>, firing each due timer with the clock at its due time.</summary>
    public void AdvanceTo(DateTimeOffset target)
    {
        while (true)
        {
            ManualTimer? next;
            lock (_gate)
            {
                next = _timers.Where(t => t.Due <= target).MinBy(t => t.Due);
                if (next is null)
                {
                    _now = target;
                    return;
                }
                if (next.Due > _now) _now = next.Due!.Value;
                next.Rearm();
            }
            next.Fire();
        }
    }

    /// <summary>Sets the clock to <paramref name="target"/> first, then fires what is due: everything wakes up late.</summary>
    public void JumpTo(DateTimeOffset target)
    {
        List<ManualTimer> due;
        lock (_gate)
        {
            _now = target;
            due = _timers.Where(t => t.Due <= target).ToList();
            foreach (var timer in due) timer.Rearm();
        }
        foreach (var timer in due) timer.Fire();
    }

    private sealed class ManualTimer(ManualTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        private TimeSpan _period = Timeout.InfiniteTimeSpan;

        public DateTimeOffset? Due { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (owner._gate)
            {
                owner._timers.Remove(this);
                _period = period;
                Due = dueTime == Timeout.InfiniteTimeSpan ? null : owner._now + dueTime;
                if (Due is not null) owner._timers.Add(this);
            }
            return true;
        }

        /// <summary>Called under the owner's lock just before firing.</summary>
        public void Rearm()
        {
            owner._timers.Remove(this);
            if (_period == Timeout.InfiniteTimeSpan || _period == TimeSpan.Zero)
            {
                Due = null;
                return;
            }
            Due += _period;
            owner._timers.Add(this);
        }

        public void Fire() => callback(state);

        public void Dispose()
        {
            lock (owner._gate)
            {
                owner._timers.Remove(this);
                Due = null;
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
