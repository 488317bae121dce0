using System.Globalization;
using CustomerService.Functions.Features.Appeals.Organizations.Editing;
using CustomerService.Functions.Features.Informing.Campaigns.Execution;
using CustomerService.Functions.Features.Informing.Campaigns.Model;
using CustomerService.Functions.Features.Informing.Campaigns.Planning;
using CustomerService.Functions.Features.Informing.Campaigns.Sources;
using CustomerService.Functions.Features.Informing.Scenarios;
using CustomerService.Functions.Platform.Http;

namespace CustomerService.Functions.Features.Informing.Campaigns.Api;

/// <summary>
/// Turns a create request into a <see cref="CampaignDefinition"/> or field-level problems: the
/// scenario and the list must exist, every placeholder the texts use must have a value (from the
/// list's columns, the organization or the request), and the schedule must pass
/// <see cref="CampaignSchedule"/> — all before anything is stored. A singleton (dispatch renders
/// with it too), so it reads the organization through the active, administrator-edited profile.
/// </summary>
public sealed class CampaignRequestValidator(ICampaignScenarios scenarios, ICampaignRecipients recipients, ActiveOrganizationProfile organization, CampaignClock clock)
{
    public const int MaxNameLength = 200;

    /// <summary>What the organization's amounts are in.</summary>
    public Currency Currency => organization.Current.Currency();

    /// <summary>Placeholders the organization fills for every campaign.</summary>
    public IReadOnlyDictionary<string, object> OrganizationValues => new Dictionary<string, object>(StringComparer.Ordinal)
    {
        [Placeholders.CompanyName] = organization.Current.FullName,
    };

    public async Task<(CampaignDefinition? Definition, ValidationProblemBuilder Problems)> ValidateAsync(CreateCampaignRequest request, CancellationToken cancellationToken)
    {
        var problems = new ValidationProblemBuilder();
        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name)) problems.Add("name", CampaignTexts.NameRequired);
        else if (name.Length > MaxNameLength) problems.Add("name", CampaignTexts.NameTooLong);

        var scenario = string.IsNullOrWhiteSpace(request.ScenarioId) ? null : await scenarios.FindAsync(request.ScenarioId.Trim(), cancellationToken);
        if (scenario is null) problems.Add("scenarioId", string.IsNullOrWhiteSpace(request.ScenarioId) ? CampaignTexts.ScenarioRequired : CampaignTexts.UnknownScenario);
        var list = string.IsNullOrWhiteSpace(request.RecipientListId) ? null : await recipients.FindListAsync(request.RecipientListId.Trim(), cancellationToken);
        if (list is null) problems.Add("recipientListId", string.IsNullOrWhiteSpace(request.RecipientListId) ? CampaignTexts.ListRequired : CampaignTexts.UnknownList);
        else if (list.Count == 0) problems.Add("recipientListId", CampaignTexts.EmptyList);

        var channels = Channels(request.Channels, problems);
        var zone = Zone(request.TimeZone, problems);
        var quiet = Quiet(request.QuietHours, problems);
        var startAt = Instant(request.StartAt, "startAt", problems);
        var endAt = Instant(request.EndAt, "endAt", problems);
        var rates = Rates(request.Rates, channels, problems);
        var outage = Outage(request.Outage, problems);
        var values = Values(request.Values, scenario, problems);
        var texts = Texts(request.Texts, scenario, list, values, problems);

        if (startAt is null || endAt is null || zone is null || quiet is null || rates is null) return (null, problems);
        var window = new CampaignWindow(startAt.Value, endAt.Value, quiet);
        foreach (var (field, message) in CampaignSchedule.Check(window, zone, rates, outage, clock.Now)) problems.Add(field, message);
        if (problems.HasErrors) return (null, problems);
        return (new CampaignDefinition(name!, scenario!.Id, list!.Id, channels, window, zone.Id, rates, values, texts, outage), problems);
    }

    private static List<string> Channels(string[]? requested, ValidationProblemBuilder problems)
    {
        var channels = (requested ?? []).Select(c => c?.Trim() ?? "").Distinct(StringComparer.Ordinal).ToList();
        if (channels.Count == 0) problems.Add("channels", CampaignTexts.ChannelsRequired);
        foreach (var channel in channels.Where(c => !CampaignChannels.All.Contains(c, StringComparer.Ordinal)))
            problems.Add("channels", CampaignTexts.UnknownChannel(channel));
        return channels;
    }

    private TimeZoneInfo? Zone(string? requested, ValidationProblemBuilder problems)
    {
        if (string.IsNullOrWhiteSpace(requested)) return organization.Current.TimeZone;
        if (TimeZoneInfo.TryFindSystemTimeZoneById(requested.Trim(), out var zone)) return zone;
        problems.Add("timeZone", CampaignTexts.UnknownZone);
        return null;
    }

    private static QuietHours? Quiet(QuietHoursRequest? requested, ValidationProblemBuilder problems)
    {
        if (requested is null) return QuietHours.Default;
        var from = LocalTime(requested.From, "quietHours.from", problems);
        var until = LocalTime(requested.Until, "quietHours.until", problems);
        return from is null || until is null ? null : new QuietHours(from.Value, until.Value);
    }

    private static TimeOnly? LocalTime(string? text, string field, ValidationProblemBuilder problems)
    {
        if (TimeOnly.TryParseExact(text?.Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)) return value;
        problems.Add(field, CampaignTexts.BadLocalTime);
        return null;
    }

    private static DateTimeOffset? Instant(string? text, string field, ValidationProblemBuilder problems)
    {
        if (string.IsNullOrWhiteSpace(text)) problems.Add(field, CampaignTexts.InstantRequired);
        else if (DateTimeOffset.TryParseExact(text.Trim(), ["yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'"],
                     CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)) return value;
        else problems.Add(field, CampaignTexts.BadInstant);
        return null;
    }

    private static Dictionary<string, SendRate>? Rates(Dictionary<string, int?>? requested, List<string> channels, ValidationProblemBuilder problems)
    {
        var rates = new Dictionary<string, SendRate>(StringComparer.Ordinal);
        var ok = true;
        foreach (var (channel, perMinute) in requested ?? [])
        {
            if (!channels.Contains(channel, StringComparer.Ordinal))
            {
                problems.Add($"rates.{channel}", CampaignTexts.RateForOtherChannel);
                ok = false;
            }
            else if (perMinute is not null) rates[channel] = new SendRate(perMinute);
        }
        return ok ? rates : null;
    }

    private static OutageNotice? Outage(OutageRequest? requested, ValidationProblemBuilder problems)
    {
        if (requested is null) return null;
        var decided = Instant(requested.DecidedAt, "outage.decidedAt", problems);
        var starts = Instant(requested.StartsAt, "outage.startsAt", problems);
        return decided is null || starts is null ? null : new OutageNotice(decided.Value, starts.Value);
    }

    private static Dictionary<string, object> Values(Dictionary<string, string?>? requested, ScenarioDefinition? scenario, ValidationProblemBuilder problems)
    {
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (name, text) in requested ?? [])
        {
            var placeholder = Placeholders.Find(name);
            if (placeholder is null || scenario is not null && !scenario.Placeholders.Contains(name, StringComparer.Ordinal))
                problems.Add($"values.{name}", CampaignTexts.UnknownValue(name));
            else if (string.IsNullOrWhiteSpace(text)) problems.Add($"values.{name}", CampaignTexts.EmptyValue);
            else if (ValueFormatter.Parse(text, placeholder.Kind) is null) problems.Add($"values.{name}", CampaignTexts.BadValue(placeholder.Kind));
            else values[name] = text.Trim();
        }
        return values;
    }

    /// <summary>
    /// Compiles the texts that will be sent (the request's, or every shipped language) and checks
    /// that each placeholder they use gets a value for every recipient.
    /// </summary>
    private ScenarioContent? Texts(CampaignTextsRequest? requested, ScenarioDefinition? scenario, RecipientListInfo? list, Dictionary<string, object> values, ValidationProblemBuilder problems)
    {
        if (scenario is null) return null;
        var own = requested is null ? null : new ScenarioContent(requested.Sms ?? "", requested.EmailSubject ?? "", requested.EmailText ?? "", requested.EmailHtml);
        var contents = own is null ? scenario.Shipped.Select(s => (s.Key, s.Value)).ToList() : [(ScenarioLanguages.Russian, own)];
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (language, content) in contents)
        {
            var errors = new List<TemplateError>();
            var compiled = CompiledScenario.Compile(content, language, scenario.Placeholders, errors);
            foreach (var error in errors) problems.Add(own is null ? $"scenario.{error.Field}" : $"texts.{error.Field}", error.Message);
            if (compiled is not null) used.UnionWith(compiled.UsedPlaceholders);
        }
        if (list is null) return own;
        foreach (var name in used.Where(n => !values.ContainsKey(n) && !list.Placeholders.Contains(n) && !OrganizationValues.ContainsKey(n)).Order(StringComparer.Ordinal))
            problems.Add($"values.{name}", CampaignTexts.NoValueFor(name));
        return own;
    }
}
