using CustomerService.Functions.Features.Appeals.Intake;
using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Features.Appeals.Registration;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Appeals.Workflow;

/// <summary>One appeal's partition as read in one query: the appeal row (with its ETag), the history events and the stored messages.</summary>
public sealed record AppealFile(TableEntity Appeal, IReadOnlyList<TableEntity> History, IReadOnlyList<TableEntity> Messages)
{
    public const string HistoryPrefix = "h-";
    public const string MessagePrefix = "m-";

    public string AppealId => Appeal.PartitionKey;

    public AppealStatus Status => WireEnum<AppealStatus>.TryParse(Appeal.GetString("Status"), out var status) ? status : AppealStatus.Registered;

    public string? AssigneeId => Appeal.GetString("AssigneeId");

    public static AppealFile? From(IEnumerable<TableEntity> rows)
    {
        TableEntity? appeal = null;
        var history = new List<TableEntity>();
        var messages = new List<TableEntity>();
        foreach (var row in rows)
        {
            if (row.RowKey == AppealTables.AppealRowKey(row.PartitionKey)) appeal = row;
            else if (row.RowKey.StartsWith(HistoryPrefix, StringComparison.Ordinal)) history.Add(row);
            else if (row.RowKey.StartsWith(MessagePrefix, StringComparison.Ordinal)) messages.Add(row);
        }
        // Row keys sort by time, so the history reads in the order it happened.
        return appeal is null ? null : new AppealFile(appeal, history.OrderBy(h => h.RowKey, StringComparer.Ordinal).ToList(), messages);
    }

    public IReadOnlyList<string> Questions =>
        Enumerable.Range(1, (int)(Appeal.GetInt64("QuestionCount") ?? 0)).Select(i => Appeal.GetString($"Question{i}") ?? "").ToList();

    /// <summary>The applicant as registered (personal data: never logged).</summary>
    public Applicant Applicant => AppealEntities.ApplicantOf(Appeal);

    public Channel Channel => WireEnum<Channel>.TryParse(Appeal.GetString("Channel"), out var channel) ? channel : Channel.WebForm;

    public AppealKind Kind => WireEnum<AppealKind>.TryParse(Appeal.GetString("Kind"), out var kind) ? kind : AppealKind.InformationRequest;

    public ReplyChannel ReplyChannel => WireEnum<ReplyChannel>.TryParse(Appeal.GetString("ReplyChannel"), out var reply) ? reply : ReplyChannel.Email;

    public string Language => Appeal.GetString("Language") ?? "ru";

    public string RegistrationNumber => Appeal.GetString("RegistrationNumber") ?? "";
}
