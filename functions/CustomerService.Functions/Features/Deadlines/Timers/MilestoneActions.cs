using System.Globalization;
using Azure;
using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Features.Appeals.Workflow;
using CustomerService.Functions.Features.Deadlines.Planning;
using CustomerService.Functions.Features.Informing.Notices;
using CustomerService.Functions.Platform.Security;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Deadlines.Timers;

/// <summary>
/// What a milestone does: a reminder to the executor, an escalation to the ladder's next role, a
/// breach notice to the head of unit, a notice to the applicant through the outbox. Every write is
/// an insert under a key derived from the milestone (appeal, id, time), so a crash between acting
/// and recording, or a duplicate timer, never acts twice: the repeat insert finds the row there.
/// </summary>
public sealed class MilestoneActions(DeadlineStore store, ApplicantNotices notices, Func<string, OrganizationProfile?> profileOf)
{
    public async Task ActAsync(DeadlineRecord deadline, MilestoneState milestone, CancellationToken cancellationToken)
    {
        switch (milestone.Action)
        {
            case MilestoneAction.RemindExecutor:
                await NotifyAsync(deadline, milestone, deadline.ExecutorId is { } executor ? StaffNotification.User(executor) : StaffNotification.Role(StaffRoles.Operator),
                    "reminder", $"Напоминание: ответ на обращение № {deadline.RegistrationNumber} нужно дать до {Local(deadline.Due)}.", cancellationToken);
                break;
            case MilestoneAction.Escalate:
                await NotifyAsync(deadline, milestone, StaffNotification.Role(milestone.EscalateTo ?? StaffRoles.HeadOfUnit),
                    "escalation", $"Эскалация: обращение № {deadline.RegistrationNumber} (исполнитель: {deadline.ExecutorName ?? "не назначен"}) — срок ответа {Local(deadline.Due)}.", cancellationToken);
                break;
            case MilestoneAction.MarkBreached:
                await NotifyAsync(deadline, milestone, StaffNotification.Role(StaffRoles.HeadOfUnit),
                    "breach", $"Нарушен срок: ответ на обращение № {deadline.RegistrationNumber} не дан до {Local(deadline.Due)}.", cancellationToken);
                break;
            case MilestoneAction.NotifyApplicant:
                await NotifyApplicantAsync(deadline, milestone, cancellationToken);
                break;
        }
    }

    /// <summary>Batched with other timers' notifications to the same recipient; a repeat finds the row and writes nothing.</summary>
    private Task NotifyAsync(DeadlineRecord deadline, MilestoneState milestone, string recipient, string kind, string text, CancellationToken cancellationToken) =>
        store.NotificationWrites.AddOnceAsync(new StaffNotification(recipient, deadline.AppealId, deadline.RegistrationNumber, milestone.Id, kind, milestone.At, text).ToEntity(), cancellationToken);

    /// <summary>
    /// The extension notice's safety net: the extension step sends the notice with the extension and
    /// records <c>NoticeSentAt</c> on its history event; only an extension recorded without one gets
    /// the <c>extensionNotice</c> scenario here. The outbox row's day and name come from the milestone,
    /// not the clock, so a late repeat finds the same row.
    /// </summary>
    private async Task NotifyApplicantAsync(DeadlineRecord deadline, MilestoneState milestone, CancellationToken cancellationToken)
    {
        if (await store.LoadAppealAsync(deadline.AppealId, cancellationToken) is not { } file) return;
        var extension = file.History.LastOrDefault(h => h.GetString("Event") == DeadlineFactsReader.ExtendedEvent);
        if (extension is null || extension.GetDateTimeOffset("NoticeSentAt") is not null) return;

        var profile = profileOf(deadline.Organization) ?? throw new InvalidOperationException($"No organization profile '{deadline.Organization}'.");
        var notice = Extensions.ExtendDeadline.Notice(file, deadline.HardLimit ?? deadline.Due, extension.GetString("Reason") ?? "", profile, notices, milestone.At);
        var row = new TableEntity(Appeals.Outbox.OutboxRow.Day(milestone.At), $"{deadline.AppealId}-deadline-{milestone.Id}-{milestone.At.UtcTicks}")
        {
            ["AppealId"] = deadline.AppealId,
            ["RegistrationNumber"] = deadline.RegistrationNumber,
            ["Channel"] = notice.Channel,
            ["Language"] = notice.Language,
            ["Subject"] = notice.Subject,
            ["Body"] = notice.Body,
            ["StatusPath"] = "",
            ["CreatedAt"] = milestone.At,
            ["State"] = Appeals.Outbox.OutboxRow.Pending,
        };
        if (notice.To is not null) row["To"] = notice.To;
        await AddOnceAsync(store.Outbox, row, cancellationToken);
    }

    private static async Task AddOnceAsync(TableClient table, TableEntity row, CancellationToken cancellationToken)
    {
        try
        {
            await table.AddEntityAsync(row, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Done by an earlier delivery of the same timer.
        }
    }

    private static string Local(DateTimeOffset at) => at.UtcDateTime.ToString("dd.MM.yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
