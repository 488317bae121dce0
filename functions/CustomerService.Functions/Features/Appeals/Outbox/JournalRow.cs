using System.Globalization;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Appeals.Outbox;

/// <summary>
/// The journal projection row (<c>AppealJournal</c>): partition <c>{org}-{yyyyMM}</c> of the
/// registration month (UTC), row = zero-padded sequence, so a period is a partition range and
/// rows come back in number order. Columns follow 001's journal (Ст.1–Ст.5).
/// </summary>
public static class JournalRow
{
    private const int SummaryLength = 500;

    public static TableEntity From(TableEntity appeal)
    {
        var registeredAt = appeal.GetDateTimeOffset("RegisteredAt")!.Value;
        var question = appeal.GetString("Question1") ?? "";
        var row = new TableEntity(
            $"{appeal.GetString("Organization")}-{registeredAt.UtcDateTime:yyyyMM}",
            appeal.GetInt64("Sequence")!.Value.ToString("D10", CultureInfo.InvariantCulture))
        {
            ["AppealId"] = appeal.PartitionKey,
            ["RegistrationNumber"] = appeal.GetString("RegistrationNumber")!,
            ["RegisteredAt"] = registeredAt,
            ["Kind"] = appeal.GetString("Kind")!,
            ["Channel"] = appeal.GetString("Channel")!,
            ["ApplicantKind"] = appeal.GetString("ApplicantKind")!,
            ["ApplicantName"] = ApplicantName(appeal),
            ["Address"] = appeal.GetString("PostalAddress") ?? "",
            ["Summary"] = question.Length <= SummaryLength ? question : question[..SummaryLength],
            ["Status"] = appeal.GetString("Status")!,
            ["PromisedBy"] = appeal.GetString("PromisedBy")!,
            ["Revision"] = appeal.GetInt64("Revision") ?? 0L,
        };
        foreach (var name in WorkflowColumns)
        {
            if (appeal[name] is { } value) row[name] = value;
        }
        return row;
    }

    /// <summary>
    /// Columns the staff workflow sets on the appeal row (Ст.6 classification, Ст.7 assignee and
    /// unit, Ст.8 answer date, Ст.11 outcome), copied when present.
    /// </summary>
    public static readonly IReadOnlyList<string> WorkflowColumns =
    [
        "Classification", "ClassificationCode", "Complexity", "AssigneeId", "AssigneeName", "Unit", "AssignedAt",
        "AnswerSentAt", "Outcome", "ClosedAt", "NonConsiderationGround",
    ];

    /// <summary>Ст.3: the person's full name, the organization's name, or a group's members, by applicant kind.</summary>
    private static string ApplicantName(TableEntity appeal)
    {
        var person = string.Join(" ", new[] { appeal.GetString("LastName"), appeal.GetString("FirstName"), appeal.GetString("Patronymic") }.OfType<string>());
        return appeal.GetString("ApplicantKind") switch
        {
            "legalEntity" or "utilityServiceProvider" => appeal.GetString("OrganizationName") ?? "",
            "group" => appeal.GetString("Members") ?? person,
            _ => person,
        };
    }
}
