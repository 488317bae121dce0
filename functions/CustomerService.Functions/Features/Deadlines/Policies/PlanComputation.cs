using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Features.Deadlines.Calendars;
using CustomerService.Functions.Features.Deadlines.Planning;

namespace CustomerService.Functions.Features.Deadlines.Policies;

/// <summary>
/// One plan: counts the rule's limit from its clock start (the start day not counted, ГК РФ
/// ст. 191), shifts it by closed pauses where allowed, extends it, applies the art. 193 move and
/// the cap, then lays out the milestones. Every step leaves a line for the explanation.
/// </summary>
internal sealed class PlanComputation(DeadlinePolicy policy, DeadlineRule rule, WorkingCalendar calendar, DeadlineFacts facts)
{
    private static readonly TimeOnly WorkdayMorning = new(9, 0);

    // The Civil Code of the RF is cited only for Russian organizations; 004 (Kazakhstan) applies the same counting by its profile.
    private readonly bool russian = OrganizationProfiles.Find(policy.OrganizationId)?.Jurisdiction != Jurisdiction.KZ;

    private readonly List<DateOnly> skipped = [];
    private readonly List<string> notes = [];
    private readonly List<string> extensionLines = [];
    private readonly List<string> pauseLines = [];
    private readonly HashSet<int> uncovered = [];
    private string? moved;

    public DeadlinePlan Compute()
    {
        var (clockStart, clockLabel) = Start(rule.Limit.ClockStart);
        var end = Count(rule.Limit, clockStart);
        var (endAfterPauses, pauseOpen) = ApplyPauses(end, rule.Limit.DayType);
        var extended = ApplyExtensions(endAfterPauses);
        var target = rule.Target is { } t ? Count(t, Start(t.ClockStart).Instant) : (DateOnly?)null;
        var cap = rule.Cap is { } c ? Count(c, Start(c.ClockStart).Instant) : (DateOnly?)null;

        var dueDate = target is { } td && facts.Extensions.Count == 0 ? td : cap is { } cd && cd < extended ? cd : extended;
        DateOnly? hardDate = target is not null ? extended : cap;
        if (cap is { } capDate && capDate < extended) notes.Add($"Срок ограничен общим максимумом: {RussianDays.Count(rule.Cap!.Value, rule.Cap.DayType)} ({RussianDays.Date(capDate)}).");
        if (target is not null && facts.Extensions.Count == 0)
            notes.Add($"Два уровня: целевой срок {RussianDays.Date(dueDate)}, предельный {RussianDays.Date(extended)}.");

        var due = calendar.EndOfDay(dueDate);
        var hard = hardDate is { } h && h != dueDate ? calendar.EndOfDay(h) : (DateTimeOffset?)null;
        var registration = rule.Registration is { } r ? calendar.EndOfDay(Count(r, Start(r.ClockStart).Instant, explain: false)) : (DateTimeOffset?)null;
        var noticeDue = ExtensionNoticeDueBy();
        foreach (var year in uncovered.Order())
            notes.Add($"Производственный календарь на {year} год не загружен: рабочими считаются пн–пт, праздники не учтены.");

        var milestones = pauseOpen ? [] : Milestones(clockStart, due, hard ?? due);
        var explanation = new DeadlineExplanation(
            $"{rule.Id}: {rule.Title}",
            rule.CoveredRows.Count > 0 ? $"{rule.Citation} (также {string.Join(", ", rule.CoveredRows)}); политика {policy.OrganizationId} {policy.Version}" : $"{rule.Citation}; политика {policy.OrganizationId} {policy.Version}",
            clockLabel,
            rule.Limit.Value,
            DayTypeText(),
            [.. skipped.Distinct().Order()],
            moved,
            extensionLines,
            pauseLines,
            notes);
        return new DeadlinePlan(policy.Version, rule.Id, clockStart, due, hard, noticeDue, milestones, explanation, registration);
    }

    private (DateTimeOffset Instant, string Label) Start(ClockStart start)
    {
        var (instant, what) = start switch
        {
            ClockStart.Sent when facts.SentAt is { } sent => (sent, "со дня отправки обращения заявителем"),
            ClockStart.Sent => (facts.ReceivedAt, "со дня поступления (дата отправки неизвестна)"),
            ClockStart.Received => (facts.ReceivedAt, "со дня поступления"),
            _ => (facts.RegisteredAt, "со дня регистрации"),
        };
        var local = TimeZoneInfo.ConvertTime(instant, calendar.TimeZone);
        return (instant, $"{what}: {local:dd.MM.yyyy HH:mm} ({calendar.TimeZoneId}); день начала не считается" + (russian ? " (ст. 191 ГК РФ)" : ""));
    }

    /// <summary>The last day of a limit counted from an instant (hours: the day the hours run out).</summary>
    private DateOnly Count(TimeLimit limit, DateTimeOffset from, bool explain = true)
    {
        var start = calendar.LocalDate(from);
        if (limit.Unit == LimitUnit.Hours) return calendar.LocalDate(from.AddHours(limit.Value));
        return Days(start, limit.Value, limit.DayType, rule.MoveOffNonWorkingDay, explain);
    }

    private DateOnly Days(DateOnly start, int days, DayType type, bool moveOff, bool explain = true)
    {
        var count = type == DayType.Working ? calendar.AddWorkingDays(start, days) : calendar.AddCalendarDays(start, days, moveOff);
        if (type == DayType.Working && moveOff && !calendar.IsWorkingDay(count.End))
            count = calendar.AddCalendarDays(count.End, 0, moveOffNonWorkingDay: true); // 0 working days from a day off: the next working day
        if (!explain) return count.End;
        skipped.AddRange(count.Skipped);
        uncovered.UnionWith(count.YearsNotCovered);
        if (count.MovedFrom is { } from)
            moved = $"Срок истекал {RussianDays.Date(from)} ({Why(from)}) — нерабочий день; перенесён на {RussianDays.Date(count.End)}, следующий рабочий день" + (russian ? " (ст. 193 ГК РФ)." : " (правило профиля).");
        return count.End;
    }

    private string Why(DateOnly date) => calendar.Exception(date)?.Note ?? (calendar.StatusOf(date) == DayStatus.Weekend ? "выходной" : "нерабочий день");

    private (DateOnly End, bool Open) ApplyPauses(DateOnly end, DayType type)
    {
        var open = false;
        foreach (var pause in facts.Pauses)
        {
            var from = calendar.LocalDate(pause.From);
            if (!rule.PauseAllowed)
            {
                pauseLines.Add($"Пауза с {RussianDays.Date(from)} не учтена: правило {rule.Id} не допускает остановки срока.");
                continue;
            }
            if (pause.Until is not { } until)
            {
                open = true;
                pauseLines.Add($"Срок остановлен с {RussianDays.Date(from)} (ожидание ответа заявителя); будет пересчитан после возобновления.");
                continue;
            }
            var to = calendar.LocalDate(until);
            var length = type == DayType.Working ? calendar.WorkingDaysBetween(from, to) : to.DayNumber - from.DayNumber;
            if (length == 0) continue;
            end = Days(end, length, type, rule.MoveOffNonWorkingDay);
            pauseLines.Add($"Пауза {RussianDays.Date(from)}–{RussianDays.Date(to)}: срок сдвинут на {RussianDays.Count(length, type)}, до {RussianDays.Date(end)}.");
        }
        return (end, open);
    }

    private DateOnly ApplyExtensions(DateOnly end)
    {
        var type = rule.Extension?.DayType ?? DayType.Calendar;
        foreach (var extension in facts.Extensions)
        {
            end = Days(end, extension.Days, type, rule.MoveOffNonWorkingDay);
            var granted = calendar.LocalDate(extension.GrantedAt);
            extensionLines.Add($"Продление на {RussianDays.Count(extension.Days, type)} ({ExtensionReasons.Describe(extension.Reason)}), {RussianDays.Date(granted)}"
                + (extension.GrantedBy.Length > 0 ? $", {extension.GrantedBy}" : "") + $": новый срок {RussianDays.Date(end)}" + (rule.Extension is { } e ? $" ({e.RowId})." : "."));
        }
        return end;
    }

    private DateTimeOffset? ExtensionNoticeDueBy()
    {
        if (rule.Extension is not { NoticeRequired: true, NoticeWithinDays: { } within } extension || facts.Extensions.Count == 0) return null;
        var granted = calendar.LocalDate(facts.Extensions[^1].GrantedAt);
        var by = extension.NoticeDayType == DayType.Working ? calendar.AddWorkingDays(granted, within).End : granted.AddDays(within);
        extensionLines.Add($"Заявителя уведомить о продлении до {RussianDays.Date(by)} ({RussianDays.Count(within, extension.NoticeDayType)} с момента продления).");
        return calendar.EndOfDay(by);
    }

    private List<DeadlineMilestone> Milestones(DateTimeOffset clockStart, DateTimeOffset due, DateTimeOffset breach)
    {
        var dueDate = DateOnly.FromDateTime(due.DateTime);
        var list = new List<DeadlineMilestone>();
        foreach (var days in rule.RemindDaysBefore.Order())
            list.Add(new($"remind-{days}", calendar.At(dueDate.AddDays(-days), WorkdayMorning), MilestoneAction.RemindExecutor));
        foreach (var step in rule.Escalation)
            list.Add(new($"escalate-{step.Role}", calendar.At(dueDate.AddDays(step.DaysFromDue), WorkdayMorning), MilestoneAction.Escalate, step.Role));
        if (rule.Extension is { NoticeRequired: true } && facts.Extensions.Count > 0)
            list.Add(new($"notify-extension-{facts.Extensions.Count}", facts.Extensions[^1].GrantedAt, MilestoneAction.NotifyApplicant));
        list.Add(new("breach", breach, MilestoneAction.MarkBreached));
        return [.. list.Where(m => m.At > clockStart || m.Action != MilestoneAction.RemindExecutor && m.Action != MilestoneAction.Escalate).OrderBy(m => m.At).ThenBy(m => m.Action).ThenBy(m => m.Id, StringComparer.Ordinal)];
    }

    private string DayTypeText()
    {
        var counted = rule.Limit.DayType == DayType.Working ? "рабочие дни" : "календарные дни";
        var calendarName = calendar.Years.Count > 0 ? $"; календарь {calendar.Id}: {string.Join(", ", calendar.Years.Select(y => y.Year))}" : "";
        return rule.SourceDayType == DayType.Unspecified
            ? $"{counted} (в стандарте сказано «дней» без уточнения; выбор организации){calendarName}"
            : counted + calendarName;
    }
}
