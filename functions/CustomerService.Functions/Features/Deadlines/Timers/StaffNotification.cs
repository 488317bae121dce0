using System.Globalization;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Deadlines.Timers;

/// <summary>
/// A reminder or escalation for staff (<c>StaffNotifications</c>: partition = <c>user:{id}</c> or
/// <c>role:{role}</c>, row = <c>{milestone ticks}-{appealId}-{milestoneId}</c>). The key comes from
/// the milestone alone, so acting on it twice writes it once.
/// </summary>
public sealed record StaffNotification(string Recipient, string AppealId, string RegistrationNumber, string MilestoneId, string Kind, DateTimeOffset At, string Text)
{
    public static string User(string id) => "user:" + id;
    public static string Role(string role) => "role:" + role;

    public TableEntity ToEntity() => new(Recipient, $"{At.UtcTicks.ToString("D19", CultureInfo.InvariantCulture)}-{AppealId}-{MilestoneId}")
    {
        ["AppealId"] = AppealId, ["RegistrationNumber"] = RegistrationNumber, ["MilestoneId"] = MilestoneId,
        ["Kind"] = Kind, ["At"] = At, ["Text"] = Text,
    };

    public static StaffNotification From(TableEntity e) => new(
        e.PartitionKey, e.GetString("AppealId") ?? "", e.GetString("RegistrationNumber") ?? "", e.GetString("MilestoneId") ?? "",
        e.GetString("Kind") ?? "", e.GetDateTimeOffset("At") ?? default, e.GetString("Text") ?? "");
}
