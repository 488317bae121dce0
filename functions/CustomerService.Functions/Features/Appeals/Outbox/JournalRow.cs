using System.Globalization;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Appeals.Outbox;

/// <summary>
/// The journal projection row (<c>AppealJournal</c>): partition <c>{org}-{yyyyMM}</c> of the
/// registration month (UTC), row = zero-padded sequence, so a period is a partition range and
/// rows come back in number order. Columns follow 001's journal: registration fills Ст.1–Ст.5;
/// the workflow fills Ст.6–Ст.11 under the property names below (absent until then). The
/// journal queries and export (Features/Appeals/Journal) only read these rows.
/// </summary>
public static class JournalRow
{
    private const int SummaryLength = 500;

    /// <summary>Numbering year of the organization (local time): number order is (Year, RowKey).</summary>
    public const string Year = "Year";

    /// <summary>Ст.6: the wire name of a <c>ClassificationCode</c> (e.g. <c>powerQuality</c>); the export prints the Cyrillic code.</summary>
    public const string Classification = "Classification";

    /// <summary>Ст.7, for filtering: the executor's staff user id.</summary>
    public const string AssigneeId = "AssigneeId";

    /// <summary>Ст.7 as printed: full name and position of the executor, or the organization's name.</summary>
    public const string AssigneeName = "AssigneeName";

    /// <summary>Unit (отделение / филиал) the appeal is assigned to, for filtering.</summary>
    public const string Unit = "Unit";

    /// <summary>Ст.8 (DateTimeOffset): when the answer was given to the applicant (set by the workflow's send).</summary>
    public const string AnsweredAt = "AnswerSentAt";

    /// <summary>Ст.9 (DateTimeOffset): when it was sent for execution to the branch (escalation).</summary>
    public const string EscalatedAt = "EscalatedAt";

    /// <summary>Ст.10 (DateTimeOffset): when the branch's answer for the applicant came back.</summary>
    public const string BranchAnsweredAt = "BranchAnsweredAt";

    /// <summary>Ст.11: what was done at the primary level.</summary>
    public const string Notes = "Notes";

    /// <summary>Ст.11: in whose favour it was resolved, derived from the workflow's closing outcome.</summary>
    public const string ResolvedInFavourOf = "ResolvedInFavourOf";

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
            [Year] = appeal.GetInt32("Year") ?? registeredAt.Year,
            ["Revision"] = appeal.GetInt64("Revision") ?? 0L,
        };
        foreach (var name in WorkflowColumns)
        {
            if (appeal[name] is { } value) row[name] = value;
        }
        if (InFavourOf(appeal.GetString("Outcome")) is { } favour) row[ResolvedInFavourOf] = favour;
        return row;
    }

    /// <summary>
    /// Columns the staff workflow sets on the appeal row (Ст.6 classification, Ст.7 assignee and
    /// unit, Ст.8 answer date, Ст.11 outcome), copied when present.
    /// </summary>
    public static readonly IReadOnlyList<string> WorkflowColumns =
    [
        "Classification", "ClassificationCode", "Complexity", "AssigneeId", "AssigneeName", "Unit", "AssignedAt",
        "AnswerSentAt", "Outcome", "Notes", "ClosedAt", "NonConsiderationGround", EscalatedAt, BranchAnsweredAt,
    ];

    /// <summary>Ст.11's «в чью пользу»: a justified complaint is resolved for the consumer, an unjustified one for the company.</summary>
    private static string? InFavourOf(string? outcome) => outcome switch
    {
        "justified" => "потребителя",
        "notJustified" => "организации",
        "partlyJustified" => "частично в пользу потребителя",
        _ => null,
    };

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
