using System.Text.Json;
using CustomerService.Functions.Features.Appeals.Intake;
using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Features.Appeals.Screening;
using CustomerService.Functions.Features.Appeals.Screening.Rules;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Appeals.Registration;

/// <summary>
/// Automatic screening right after registration (docs/screening.md): the stored appeal row becomes a
/// <see cref="ScreeningInput"/>, and the suggestions become one <c>screening</c> history event plus
/// flags on the appeal row that staff filter by. Pure: the caller does the storage operations.
/// The applicant's earlier answered appeals and the active profile's languages come from
/// <see cref="RegistrationScreeningFacts"/> (docs/screening.md).
/// </summary>
public static class RegistrationScreening
{
    public const string EventName = "screening";
    public const string Actor = "screening";

    /// <summary>Appeal row: comma-separated wire names of the suggested grounds (absent: nothing suggested).</summary>
    public const string GroundsProperty = "ScreeningGrounds";

    /// <summary>Appeal and journal rows: true when a suggestion routes the appeal to the security officer (threats).</summary>
    public const string SecurityOfficerProperty = "ScreeningSecurityOfficer";

    /// <summary>Screens the stored appeal with its organization's policy; null for an organization without one.</summary>
    /// <param name="facts">What the appeal row cannot tell: earlier answered questions, the active profile's languages.</param>
    public static IReadOnlyList<ScreeningSuggestion>? Screen(TableEntity appeal, RegistrationScreeningFacts.Facts? facts = null)
    {
        var organization = appeal.GetString("Organization") ?? "";
        return OrganizationPolicies.TryGet(organization, out var rules) ? AppealScreening.Screen(InputFrom(appeal, organization, facts), rules) : null;
    }

    public static ScreeningInput InputFrom(TableEntity appeal, string organization, RegistrationScreeningFacts.Facts? facts = null)
    {
        var count = appeal.GetInt32("QuestionCount") ?? 0;
        WireEnum<AppealKind>.TryParse(appeal.GetString("Kind"), out var kind);
        WireEnum<Channel>.TryParse(appeal.GetString("Channel"), out var channel);
        return new ScreeningInput
        {
            OrganizationId = organization,
            Questions = Enumerable.Range(1, count).Select(i => appeal.GetString($"Question{i}") ?? "").ToList(),
            Applicant = AppealEntities.ApplicantOf(appeal),
            Kind = kind,
            Channel = channel,
            AllowedLanguages = facts?.AllowedLanguages ?? OrganizationProfiles.Find(organization)?.ReplyLanguages ?? [],
            EarlierAnswered = facts?.EarlierAnswered ?? [],
        };
    }

    /// <summary>
    /// The <c>screening</c> history event. Its row key follows the registration event of the same
    /// appeal (fixed, so a redelivered message finds it already written) and it holds ground codes,
    /// reasons and short evidence only, never the appeal's text.
    /// </summary>
    public static TableEntity HistoryEvent(TableEntity appeal, IReadOnlyList<ScreeningSuggestion> suggestions, DateTimeOffset at)
    {
        var registeredAt = appeal.GetDateTimeOffset("RegisteredAt")!.Value;
        return new TableEntity(appeal.PartitionKey, $"h-{registeredAt.UtcTicks:D19}-1")
        {
            ["Event"] = EventName,
            ["At"] = at,
            ["Actor"] = Actor,
            ["Grounds"] = Grounds(suggestions),
            ["Suggestions"] = JsonSerializer.Serialize(suggestions.Select(Record), AppealRegistrar.Json),
            [SecurityOfficerProperty] = RoutesToSecurityOfficer(suggestions),
        };
    }

    /// <summary>A merge patch for the appeal row: only the screening flags, nothing staff may have changed.</summary>
    public static TableEntity AppealFlags(TableEntity appeal, IReadOnlyList<ScreeningSuggestion> suggestions) =>
        new(appeal.PartitionKey, appeal.RowKey)
        {
            [GroundsProperty] = Grounds(suggestions),
            [SecurityOfficerProperty] = RoutesToSecurityOfficer(suggestions),
        };

    public static string Grounds(IReadOnlyList<ScreeningSuggestion> suggestions) =>
        string.Join(",", suggestions.Select(s => WireEnum<NonConsiderationGround>.Name(s.Ground)).Distinct());

    public static bool RoutesToSecurityOfficer(IReadOnlyList<ScreeningSuggestion> suggestions) =>
        suggestions.Any(s => s.RouteTo == RouteTarget.SecurityUnit);

    private static SuggestionRecord Record(ScreeningSuggestion s) => new(
        WireEnum<NonConsiderationGround>.Name(s.Ground),
        s.Confidence.ToString().ToLowerInvariant(),
        s.Reason,
        s.Evidence,
        s.RouteTo == RouteTarget.None ? null : JsonNamingPolicy.CamelCase.ConvertName(s.RouteTo.ToString()));

    /// <summary>One suggestion as stored in the event (and shown to staff).</summary>
    public sealed record SuggestionRecord(string Ground, string Confidence, string Reason, IReadOnlyList<string> Evidence, string? RouteTo);
}
