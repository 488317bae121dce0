using Azure;
using CustomerService.Functions.Features.Informing.Scenarios;
using CustomerService.Functions.Features.Informing.Scenarios.Shipped;
using CustomerService.Functions.Platform.Security;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Informing.Content;

/// <summary>
/// A scenario's texts as senders use them: the staff override in the language if there is one,
/// else the shipped texts in the language, else the Russian override, else the shipped Russian.
/// </summary>
/// <param name="ContentLanguage">The language the texts are in (Russian when the requested one has none).</param>
/// <param name="Source"><c>override</c> (edited by staff) or <c>shipped</c>.</param>
/// <param name="ETag">The override's version, for <c>If-Match</c>; null for shipped texts.</param>
public sealed record EffectiveScenario(
    ScenarioDefinition Definition, string Language, string ContentLanguage, string Source, ScenarioContent Content,
    ETag? ETag, string? UpdatedBy, DateTimeOffset? UpdatedAt);

/// <summary>Outcome of saving an override: saved (new ETag), invalid texts, or a version conflict.</summary>
public sealed record SaveOutcome(EffectiveScenario? Saved, IReadOnlyList<TemplateError> Errors, SaveConflict Conflict);

public enum SaveConflict
{
    None,

    /// <summary>The override changed since the caller read it (or was removed): 412.</summary>
    Stale,

    /// <summary>An override exists and the caller sent no If-Match: 428.</summary>
    IfMatchRequired,
}

/// <summary>
/// Staff overrides of scenario texts in Table storage, one row per scenario and language, guarded by
/// ETags: a new override is inserted (two editors creating at once: the second gets 412), an existing
/// one is replaced only under the caller's If-Match. Texts are compiled before anything is written.
/// </summary>
public sealed class ScenarioStore(InformingContentTables tables, TimeProvider time)
{
    public const string Override = "override";
    public const string Shipped = "shipped";

    private TableClient Table => tables.Table(InformingContentTables.ScenarioOverrides);

    public async Task<EffectiveScenario> GetAsync(ScenarioDefinition scenario, string language, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken);
        var rows = new Dictionary<string, TableEntity>(StringComparer.Ordinal);
        await foreach (var row in Table.QueryAsync(TableFilter.PartitionKeyEquals(scenario.Id), cancellationToken: cancellationToken)) rows[row.RowKey] = row;
        return Resolve(scenario, language, rows);
    }

    /// <summary>
    /// The scenario's texts per language as senders use them: staff overrides over the shipped texts
    /// (one partition query). A language in neither falls back to Russian, as <see cref="ScenarioDefinition.ShippedFor"/> does.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, ScenarioContent>> TextsAsync(ScenarioDefinition scenario, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken);
        var texts = new Dictionary<string, ScenarioContent>(scenario.Shipped, StringComparer.Ordinal);
        await foreach (var row in Table.QueryAsync(TableFilter.PartitionKeyEquals(scenario.Id), cancellationToken: cancellationToken))
            texts[row.RowKey] = FromRow(scenario, row.RowKey, row).Content;
        return texts;
    }

    /// <summary>Every catalogue scenario's texts per language as senders use them (overrides over shipped texts): one query over the (small) table.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, ScenarioContent>>> AllTextsAsync(CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken);
        var texts = ScenarioCatalogue.All.ToDictionary(s => s.Id, s => new Dictionary<string, ScenarioContent>(s.Shipped, StringComparer.Ordinal), StringComparer.Ordinal);
        await foreach (var row in Table.QueryAsync(cancellationToken: cancellationToken))
            if (ScenarioCatalogue.Find(row.PartitionKey) is { } scenario) texts[scenario.Id][row.RowKey] = FromRow(scenario, row.RowKey, row).Content;
        return texts.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<string, ScenarioContent>)p.Value, StringComparer.Ordinal);
    }

    /// <summary>Languages with a staff override, per scenario id: one query over the (small) table.</summary>
    public async Task<ILookup<string, string>> OverriddenLanguagesAsync(CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken);
        var pairs = new List<(string Id, string Language)>();
        await foreach (var row in Table.QueryAsync(select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken)) pairs.Add((row.PartitionKey, row.RowKey));
        return pairs.ToLookup(p => p.Id, p => p.Language, StringComparer.Ordinal);
    }

    /// <summary>The compiled texts a sender renders; shipped and saved texts always compile.</summary>
    public async Task<CompiledScenario> CompileAsync(ScenarioDefinition scenario, string language, CancellationToken cancellationToken)
    {
        var effective = await GetAsync(scenario, language, cancellationToken);
        var errors = new List<TemplateError>();
        return CompiledScenario.Compile(effective.Content, effective.ContentLanguage, scenario.Placeholders, errors)
            ?? throw new InvalidOperationException($"Scenario {scenario.Id}/{language} does not compile: {string.Join("; ", errors.Select(e => e.Message))}");
    }

    public async Task<SaveOutcome> SaveAsync(ScenarioDefinition scenario, string language, ScenarioContent content, ETag? ifMatch, StaffUser user, CancellationToken cancellationToken)
    {
        var errors = new List<TemplateError>();
        if (CompiledScenario.Compile(content, language, scenario.Placeholders, errors) is null) return new(null, errors, SaveConflict.None);
        await tables.EnsureCreatedAsync(cancellationToken);

        var now = time.GetUtcNow();
        var row = new TableEntity(scenario.Id, language)
        {
            ["Sms"] = content.Sms, ["EmailSubject"] = content.EmailSubject, ["EmailText"] = content.EmailText, ["EmailHtml"] = content.EmailHtml,
            ["UpdatedBy"] = user.Id, ["UpdatedByName"] = user.DisplayName, ["UpdatedAt"] = now,
        };
        try
        {
            row.ETag = ifMatch is { } etag
                ? await Table.UpdateEntityAsync(row, etag, TableUpdateMode.Replace, cancellationToken)
                : await Table.AddEntityAsync(row, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            return new(null, [], SaveConflict.Stale);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return new(null, [], SaveConflict.IfMatchRequired);
        }
        return new(new EffectiveScenario(scenario, language, language, Override, content, row.ETag, user.Id, now), [], SaveConflict.None);
    }

    /// <summary>Removes the override (back to the shipped texts) if its ETag still matches; false when it changed or was not there.</summary>
    public async Task<bool> RevertAsync(ScenarioDefinition scenario, string language, ETag ifMatch, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken);
        try
        {
            await Table.DeleteEntityAsync(scenario.Id, language, ifMatch, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            return false;
        }
    }

    private static EffectiveScenario Resolve(ScenarioDefinition scenario, string language, IReadOnlyDictionary<string, TableEntity> rows)
    {
        if (rows.TryGetValue(language, out var own)) return FromRow(scenario, language, own);
        if (scenario.Shipped.TryGetValue(language, out var shipped)) return new(scenario, language, language, Shipped, shipped, null, null, null);
        if (rows.TryGetValue(ScenarioLanguages.Russian, out var russian)) return FromRow(scenario, language, russian);
        return new(scenario, language, ScenarioLanguages.Russian, Shipped, scenario.Shipped[ScenarioLanguages.Russian], null, null, null);
    }

    private static EffectiveScenario FromRow(ScenarioDefinition scenario, string language, TableEntity row) => new(
        scenario, language, row.RowKey, Override,
        new ScenarioContent(row.GetString("Sms") ?? "", row.GetString("EmailSubject") ?? "", row.GetString("EmailText") ?? "", row.GetString("EmailHtml")),
        row.RowKey == language ? row.ETag : null, row.GetString("UpdatedBy"), row.GetDateTimeOffset("UpdatedAt"));
}
