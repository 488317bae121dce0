using System.Net;
using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Features.Appeals.Registration;
using CustomerService.Functions.Tests.Features.Appeals;
using static CustomerService.Functions.Tests.Features.Appeals.AppealsHost;

namespace CustomerService.Functions.Tests.Features.Informing.Notices;

/// <summary>АО «Астанаэнергосбыт» answers in Kazakh.</summary>
public sealed class KazakhInformingApp : InformingApp
{
    public KazakhInformingApp()
        : base(OrganizationIds.Astanaenergosbyt)
    {
    }
}

/// <summary>
/// Transactional notices over HTTP: the texts staff save are the texts the next applicant gets. Kazakh
/// is used because no other test registers a Kazakh appeal (overrides are rows every test app shares).
/// </summary>
[Collection(AppealsCollection.Name)]
public sealed class NoticeHttpTests(KazakhInformingApp host) : IClassFixture<KazakhInformingApp>
{
    [Fact]
    public async Task A_saved_acknowledgement_text_is_what_the_next_applicant_gets_and_reverting_brings_back_the_shipped_one()
    {
        const string path = "/api/informing/scenarios/appealAcknowledgement/kk";
        await host.ForgetOverrideAsync("appealAcknowledgement", "kk");
        var (saved, _) = await host.SendAsync(HttpMethod.Put, path, "administrator", new
        {
            sms = "Өтініш № {{registrationNumber}} қабылданды.",
            emailSubject = "Өтініш № {{registrationNumber}} қабылданды",
            emailText = "Құрметті {{nameAndPatronymic}}! Өтініш № {{registrationNumber}} қабылданды, жауап {{promisedDate}} дейін.",
        });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        try
        {
            var edited = await AcknowledgementAsync();
            Assert.Equal("kk", edited.GetString("Language"));
            Assert.Matches(@"^Өтініш № \S+ қабылданды$", edited.GetString("Subject"));
            Assert.Matches(@"^Құрметті Мария Петровна! Өтініш № \S+ қабылданды, жауап \d\d\.\d\d\.\d{4} дейін\.$", edited.GetString("Body"));

            var (reverted, _) = await host.SendAsync(HttpMethod.Delete, path, "administrator", ifMatch: saved.Headers.ETag!.ToString());
            Assert.Equal(HttpStatusCode.OK, reverted.StatusCode);
            var shipped = await AcknowledgementAsync();
            Assert.StartsWith("Сәлеметсіз бе, Мария Петровна!", shipped.GetString("Body"));
        }
        finally
        {
            await host.ForgetOverrideAsync("appealAcknowledgement", "kk");
        }
    }

    [Fact]
    public async Task A_kazakh_supplier_previews_and_lists_amounts_in_tenge()
    {
        var (response, body) = await host.SendAsync(HttpMethod.Post, "/api/informing/scenarios/preview", "operator",
            new { scenarioId = "debtNotice", language = "en", values = new Dictionary<string, string> { ["amount"] = "1234.5" } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("KZT 1,234.50", body.GetProperty("sms").GetProperty("text").GetString());

        var (_, placeholders) = await host.SendAsync(HttpMethod.Get, "/api/informing/placeholders", "operator");
        var amount = placeholders.EnumerateArray().Single(p => p.GetProperty("name").GetString() == "amount");
        Assert.Equal("1\u00A0234,50\u00A0₸", amount.GetProperty("sample").GetString());
    }

    /// <summary>Registers a Kazakh appeal and reads the acknowledgement registration wrote beside it.</summary>
    private async Task<CustomerService.Functions.Platform.Storage.Tables.TableEntity> AcknowledgementAsync()
    {
        var body = ValidBody(OrganizationProfiles.Find(OrganizationIds.Astanaenergosbyt)!, language: "kk");
        var registered = await IntakeHttpTests.AssertRegisteredAsync(host.App, await host.App.Client.SendAsync(Post("/api/appeals", body)));
        var appealId = IntakeHttpTests.AppealIdOf(registered);
        return await Table(host.App, AppealTables.Appeals).GetEntityAsync(appealId, AppealTables.AcknowledgementRowKey(appealId));
    }
}
