using System.Text.Json;
using System.Text.Json.Serialization;
using Azure;
using CustomerService.Functions.Features.Deadlines.Planning;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Deadlines.Timers;

/// <summary>
/// An appeal's row in the deadlines register (partition = appeal id, row = <c>deadline-{appealId}</c>): the
/// truth the timers are checked against. <see cref="Version"/> grows whenever the timing changes
/// (due date, milestones, pause, answer), so a timer of an older version is a no-op.
/// </summary>
public sealed record DeadlineRecord
{
    /// <summary>Unique per appeal, not one constant: Azurite finds rows by row key first, so a key every
    /// appeal shares makes each point read scan the whole register (docs/appeals.md, intake throughput).</summary>
    public static string RowKeyOf(string appealId) => "deadline-" + appealId;

    public const string Open = "open";
    public const string Answered = "answered";

    public required string AppealId { get; init; }
    public required string Organization { get; init; }
    public string RegistrationNumber { get; init; } = "";
    public string Kind { get; init; } = "";
    public string Channel { get; init; } = "";
    public string? ExecutorId { get; init; }
    public string? ExecutorName { get; init; }
    public string? Unit { get; init; }
    public required long Version { get; init; }
    public string State { get; init; } = Open;
    public required string PolicyVersion { get; init; }
    public required string RuleId { get; init; }
    public required DateTimeOffset RegisteredAt { get; init; }
    public required DateTimeOffset ClockStart { get; init; }
    public required DateTimeOffset Due { get; init; }
    public DateTimeOffset? HardLimit { get; init; }
    public DateTimeOffset? ExtensionNoticeDueBy { get; init; }
    public IReadOnlyList<MilestoneState> Milestones { get; init; } = [];
    public DeadlineExplanation? Explanation { get; init; }
    public int ExtensionCount { get; init; }

    /// <summary>Set while the clock is stopped waiting for the applicant (where the plan applies pauses).</summary>
    public DateTimeOffset? PausedSince { get; init; }

    /// <summary>Closed pauses so far, in seconds (shown to staff with the open one).</summary>
    public long PausedSeconds { get; init; }

    /// <summary>The due-index rows of this version (<c>{bucket}/{rowKey}</c>), removed when the version is replaced.</summary>
    public IReadOnlyList<string> IndexRows { get; init; } = [];

    public string? EscalatedTo { get; init; }
    public DateTimeOffset? EscalatedAt { get; init; }
    public DateTimeOffset? BreachedAt { get; init; }
    public DateTimeOffset? AnsweredAt { get; init; }
    public ETag ETag { get; init; }

    public bool IsOpen => State == Open;
    public bool IsPaused => PausedSince is not null;

    /// <summary>Answered by the due date (the target tier); <c>null</c> while open.</summary>
    public bool? OnTime => AnsweredAt is { } answered ? answered <= Due : null;

    public IEnumerable<MilestoneState> Pending => IsOpen && !IsPaused ? Milestones.Where(m => !m.IsDone) : [];

    public MilestoneState? Milestone(string id) => Milestones.FirstOrDefault(m => m.Id == id);

    /// <summary>Same timing: a re-plan that changes nothing here needs no new version and no new timers.</summary>
    public bool SameTiming(DeadlineRecord other) =>
        State == other.State && Due == other.Due && HardLimit == other.HardLimit && PausedSince == other.PausedSince
        && Milestones.Select(m => (m.Id, m.At, m.Action, m.EscalateTo)).SequenceEqual(other.Milestones.Select(m => (m.Id, m.At, m.Action, m.EscalateTo)));

    public TableEntity ToEntity()
    {
        var entity = new TableEntity(AppealId, RowKeyOf(AppealId))
        {
            ["Organization"] = Organization, ["RegistrationNumber"] = RegistrationNumber, ["Kind"] = Kind, ["Channel"] = Channel,
            ["Version"] = Version, ["State"] = State, ["PolicyVersion"] = PolicyVersion, ["RuleId"] = RuleId,
            ["RegisteredAt"] = RegisteredAt, ["ClockStart"] = ClockStart, ["Due"] = Due,
            ["Milestones"] = JsonSerializer.Serialize(Milestones, Json), ["ExtensionCount"] = ExtensionCount, ["PausedSeconds"] = PausedSeconds,
            ["IndexRows"] = JsonSerializer.Serialize(IndexRows, Json),
            ["Escalated"] = EscalatedTo is not null,
        };
        if (Explanation is not null) entity["Explanation"] = JsonSerializer.Serialize(Explanation, Json);
        Set(entity, "ExecutorId", ExecutorId);
        Set(entity, "ExecutorName", ExecutorName);
        Set(entity, "Unit", Unit);
        Set(entity, "EscalatedTo", EscalatedTo);
        Set(entity, "HardLimit", HardLimit);
        Set(entity, "ExtensionNoticeDueBy", ExtensionNoticeDueBy);
        Set(entity, "PausedSince", PausedSince);
        Set(entity, "EscalatedAt", EscalatedAt);
        Set(entity, "BreachedAt", BreachedAt);
        Set(entity, "AnsweredAt", AnsweredAt);
        if (OnTime is { } onTime) entity["OnTime"] = onTime;
        return entity;
    }

    public static DeadlineRecord From(TableEntity e) => new()
    {
        AppealId = e.PartitionKey,
        Organization = e.GetString("Organization") ?? "",
        RegistrationNumber = e.GetString("RegistrationNumber") ?? "",
        Kind = e.GetString("Kind") ?? "",
        Channel = e.GetString("Channel") ?? "",
        ExecutorId = e.GetString("ExecutorId"),
        ExecutorName = e.GetString("ExecutorName"),
        Unit = e.GetString("Unit"),
        Version = e.GetInt64("Version") ?? 0,
        State = e.GetString("State") ?? Open,
        PolicyVersion = e.GetString("PolicyVersion") ?? "",
        RuleId = e.GetString("RuleId") ?? "",
        RegisteredAt = e.GetDateTimeOffset("RegisteredAt") ?? default,
        ClockStart = e.GetDateTimeOffset("ClockStart") ?? default,
        Due = e.GetDateTimeOffset("Due") ?? default,
        HardLimit = e.GetDateTimeOffset("HardLimit"),
        ExtensionNoticeDueBy = e.GetDateTimeOffset("ExtensionNoticeDueBy"),
        Milestones = JsonSerializer.Deserialize<List<MilestoneState>>(e.GetString("Milestones") ?? "[]", Json) ?? [],
        Explanation = e.GetString("Explanation") is { } x ? JsonSerializer.Deserialize<DeadlineExplanation>(x, Json) : null,
        ExtensionCount = e.GetInt32("ExtensionCount") ?? 0,
        IndexRows = JsonSerializer.Deserialize<List<string>>(e.GetString("IndexRows") ?? "[]", Json) ?? [],
        PausedSince = e.GetDateTimeOffset("PausedSince"),
        PausedSeconds = e.GetInt64("PausedSeconds") ?? 0,
        EscalatedTo = e.GetString("EscalatedTo"),
        EscalatedAt = e.GetDateTimeOffset("EscalatedAt"),
        BreachedAt = e.GetDateTimeOffset("BreachedAt"),
        AnsweredAt = e.GetDateTimeOffset("AnsweredAt"),
        ETag = e.ETag,
    };

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } };

    private static void Set(TableEntity entity, string name, object? value)
    {
        if (value is not null) entity[name] = value;
    }
}
