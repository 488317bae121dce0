using CustomerService.Functions.Features.Appeals.Intake;
using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Features.Appeals.Registration;
using CustomerService.Functions.Features.Appeals.Screening;
using CustomerService.Functions.Platform.Storage;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Appeals.Applicants;

/// <summary>
/// Finds an applicant's earlier appeals for the repeated-question ground (SEED_REQUIREMENTS §5) without
/// a table scan: table <c>AppealApplicants</c>, PartitionKey = <see cref="ApplicantKeys">a keyed hash of
/// one contact</see>, RowKey = appeal id; properties: organization, registration time and whether the
/// appeal was answered on the merits. Written by registration's follow-up and updated by the workflow
/// when an appeal is answered, closed or not considered. No personal data is stored here.
/// </summary>
public sealed class ApplicantIndex(TableServiceClient tables, ApplicantKeys keys, string tableName = ApplicantIndex.DefaultTableName)
{
    public const string DefaultTableName = "AppealApplicants";

    /// <summary>Earlier answered appeals read per screening: the newest ones, bounding the point reads.</summary>
    public const int MaxEarlierAppeals = 10;

    private readonly TableClient _table = tables.GetTableClient(tableName);

    public string TableName => tableName;
    private readonly CreateOnce _created = new();

    /// <summary>
    /// Indexes a newly registered appeal under each of its applicant's contacts (idempotent) and returns
    /// the questions of the same applicant's earlier appeals answered on the merits, newest first.
    /// </summary>
    public async Task<IReadOnlyList<AnsweredQuestion>> RecordAsync(TableEntity appeal, CancellationToken cancellationToken)
    {
        var applicantKeys = KeysOf(appeal);
        if (applicantKeys.Count == 0) return [];
        await EnsureCreatedAsync(cancellationToken);
        var earlier = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var key in applicantKeys)
        {
            var filter = TableFilter.PartitionKeyEquals(key) & TableFilter.Equal("Answered", true);
            await foreach (var row in _table.QueryAsync(filter, ["RowKey", "RegisteredAt"], cancellationToken: cancellationToken))
                if (row.RowKey != appeal.PartitionKey) earlier[row.RowKey] = row.GetDateTimeOffset("RegisteredAt") ?? default;
        }
        foreach (var key in applicantKeys) await _table.UpsertEntityAsync(Row(key, appeal), TableUpdateMode.Merge, cancellationToken);
        return await QuestionsAsync(earlier.OrderByDescending(e => e.Value).Take(MaxEarlierAppeals).Select(e => e.Key), cancellationToken);
    }

    /// <summary>After a committed workflow step: keeps <c>Answered</c> and <c>Status</c> current (only steps that change them write).</summary>
    public async Task UpdateAsync(TableEntity appeal, CancellationToken cancellationToken)
    {
        if (!WireEnum<AppealStatus>.TryParse(appeal.GetString("Status"), out var status) || status is not (AppealStatus.AnswerSent or AppealStatus.Closed or AppealStatus.NotConsidered)) return;
        var applicantKeys = KeysOf(appeal);
        if (applicantKeys.Count == 0) return;
        await EnsureCreatedAsync(cancellationToken);
        foreach (var key in applicantKeys) await _table.UpsertEntityAsync(Row(key, appeal), TableUpdateMode.Merge, cancellationToken);
    }

    /// <summary>Answered on the merits: the answer went out (and maybe the appeal was closed after it); a non-consideration decision is no answer.</summary>
    public static bool IsAnsweredOnTheMerits(AppealStatus status) => status is AppealStatus.AnswerSent or AppealStatus.Closed;

    private IReadOnlyList<string> KeysOf(TableEntity appeal) => keys.For(appeal.GetString("Organization") ?? "", AppealEntities.ApplicantOf(appeal));

    private static TableEntity Row(string key, TableEntity appeal)
    {
        WireEnum<AppealStatus>.TryParse(appeal.GetString("Status"), out var status);
        return new TableEntity(key, appeal.PartitionKey)
        {
            ["Organization"] = appeal.GetString("Organization"),
            ["RegisteredAt"] = appeal.GetDateTimeOffset("RegisteredAt"),
            ["Status"] = WireEnum<AppealStatus>.Name(status),
            ["Answered"] = IsAnsweredOnTheMerits(status),
        };
    }

    /// <summary>The appeal rows are the truth: an appeal counts only if its row still says it was answered.</summary>
    private async Task<IReadOnlyList<AnsweredQuestion>> QuestionsAsync(IEnumerable<string> appealIds, CancellationToken cancellationToken)
    {
        var appeals = tables.GetTableClient(AppealTables.Appeals);
        var questions = new List<AnsweredQuestion>();
        foreach (var appealId in appealIds)
        {
            var row = await appeals.GetEntityIfExistsAsync(appealId, AppealTables.AppealRowKey(appealId), cancellationToken: cancellationToken);
            if (row is null || !WireEnum<AppealStatus>.TryParse(row.GetString("Status"), out var status) || !IsAnsweredOnTheMerits(status)) continue;
            var number = row.GetString("RegistrationNumber") ?? "";
            for (var i = 1; i <= (row.GetInt32("QuestionCount") ?? 0); i++)
                if (row.GetString($"Question{i}") is { Length: > 0 } question) questions.Add(new AnsweredQuestion(number, question));
        }
        return questions;
    }

    private Task EnsureCreatedAsync(CancellationToken cancellationToken) => _created.RunAsync(CreateAsync, cancellationToken);

    private async Task CreateAsync(CancellationToken cancellationToken)
    {
        await _table.CreateIfNotExistsAsync(cancellationToken);
    }
}
