using CustomerService.Functions.Features.Appeals.Intake;
using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Features.Appeals.Workflow;
using CustomerService.Functions.Features.Deadlines.Planning;

namespace CustomerService.Functions.Features.Deadlines.Timers;

/// <summary>
/// Builds <see cref="DeadlineFacts"/> from an appeal's partition: the register row, and the history
/// for extensions (<c>deadlineExtended</c> events) and pauses (from an <c>informationRequested</c>
/// event to the next event that moves the appeal out of <c>awaitingApplicant</c>).
/// </summary>
public static class DeadlineFactsReader
{
    public const string ExtendedEvent = "deadlineExtended";
    private const string PauseEvent = "informationRequested";

    public static DeadlineFacts Read(AppealFile file, string? policyVersion)
    {
        var appeal = file.Appeal;
        var registeredAt = appeal.GetDateTimeOffset("RegisteredAt") ?? default;
        WireEnum<ApplicantKind>.TryParse(appeal.GetString("ApplicantKind"), out var applicantKind);
        ClassificationCode? classification = WireEnum<ClassificationCode>.TryParse(appeal.GetString("Classification"), out var code) ? code : null;
        return new DeadlineFacts(
            appeal.GetString("Organization") ?? "", policyVersion, file.Kind, file.Channel, applicantKind, classification,
            appeal.GetDateTimeOffset("SentAt"), appeal.GetDateTimeOffset("ReceivedAt") ?? registeredAt, registeredAt,
            Extensions(file), Pauses(file));
    }

    public static IReadOnlyList<GrantedExtension> Extensions(AppealFile file) =>
        file.History.Where(h => h.GetString("Event") == ExtendedEvent)
            .Select(h => new GrantedExtension((int)(h.GetInt64("Days") ?? 0), h.GetString("Reason") ?? "", h.GetDateTimeOffset("At") ?? default, h.GetString("Actor") ?? ""))
            .ToList();

    public static IReadOnlyList<PausedInterval> Pauses(AppealFile file)
    {
        var pauses = new List<PausedInterval>();
        DateTimeOffset? from = null;
        foreach (var h in file.History)
        {
            var at = h.GetDateTimeOffset("At") ?? default;
            if (h.GetString("Event") == PauseEvent)
            {
                from ??= at;
            }
            else if (from is { } start && h.GetString("Status") is { } status && status != WireEnum<AppealStatus>.Name(AppealStatus.AwaitingApplicant))
            {
                pauses.Add(new PausedInterval(start, at));
                from = null;
            }
        }
        if (from is { } open) pauses.Add(new PausedInterval(open, null));
        return pauses;
    }
}
