using CustomerService.Functions.Features.Informing.Campaigns.Sources;
using CustomerService.Functions.Features.Informing.Content;
using CustomerService.Functions.Platform.Storage;
using CustomerService.Functions.Platform.Storage.Tables;
using CustomerService.Functions.Tests.Support;

namespace CustomerService.Functions.Tests.Features.Informing.Campaigns;

/// <summary>
/// Campaigns send the texts staff saved over the shipped ones — here a Tatar text of the debt notice
/// (Tatar is not shipped) — and fall back to Russian where no text exists in a language.
/// </summary>
public sealed class EffectiveCampaignScenariosTests
{
    [Fact]
    public async Task A_staff_text_in_a_language_not_shipped_is_what_a_campaign_renders_and_others_fall_back_to_russian()
    {
        var tables = new TableServiceClient(StorageConnection.Parse(Azurite.ConnectionString));
        var content = new InformingContentTables(tables);
        var store = new ScenarioStore(content, TimeProvider.System);
        await content.EnsureCreatedAsync(CancellationToken.None);
        var overrides = content.Table(InformingContentTables.ScenarioOverrides);
        var marker = "Бурычыгыз " + Guid.NewGuid().ToString("N")[..6] + ": {{amount}}";
        // Written as the scenario endpoint stores an override; Tatar debt notices are used by no other test.
        await overrides.UpsertEntityAsync(new TableEntity("debtNotice", "tt") { ["Sms"] = marker, ["EmailSubject"] = "Бурыч", ["EmailText"] = marker }, TableUpdateMode.Replace);
        try
        {
            var scenario = await new EffectiveCampaignScenarios(store).FindAsync("debtNotice", CancellationToken.None);

            Assert.NotNull(scenario);
            Assert.Equal(marker, scenario.ShippedFor("tt", out var tatar).Sms);
            Assert.Equal("tt", tatar);
            var shipped = await new ShippedCampaignScenarios().FindAsync("debtNotice", CancellationToken.None);
            Assert.Equal(shipped!.Shipped["ru"].Sms, scenario.ShippedFor("kk", out var kazakh).Sms);
            Assert.Equal("ru", kazakh);
            Assert.Null(await new EffectiveCampaignScenarios(store).FindAsync("noSuchScenario", CancellationToken.None));
        }
        finally
        {
            await overrides.DeleteEntityAsync("debtNotice", "tt");
        }
    }
}
