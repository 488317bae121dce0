using CustomerService.Functions.Features.Informing.Scenarios;
using CustomerService.Functions.Features.Informing.Scenarios.Shipped;

namespace CustomerService.Functions.Tests.Features.Informing.Scenarios;

public sealed class ShippedScenarioTests
{
    public static TheoryData<string, string> Texts()
    {
        var data = new TheoryData<string, string>();
        foreach (var scenario in ScenarioCatalogue.All)
            foreach (var language in scenario.Shipped.Keys) data.Add(scenario.Id, language);
        return data;
    }

    [Fact]
    public void Every_transactional_notice_of_issue_5_item_6_is_shipped_in_russian_and_english_and_the_appeal_notices_in_tatar_and_kazakh()
    {
        string[] required = ["appealAcknowledgement", "informationRequest", "extensionNotice", "answerSent", "readingAccepted", "readingRejected",
            "debtNotice", "paymentDue", "tariffChange", "supplyLimitation", "supplySuspension", "plannedOutage"];
        Assert.Equal(required.Order(StringComparer.Ordinal), ScenarioCatalogue.All.Select(s => s.Id).Order(StringComparer.Ordinal));
        string[] alsoTatarAndKazakh = ["appealAcknowledgement", "informationRequest"];
        Assert.All(ScenarioCatalogue.All, s => Assert.Equal(alsoTatarAndKazakh.Contains(s.Id) ? ["en", "kk", "ru", "tt"] : ["en", "ru"], s.Shipped.Keys.Order(StringComparer.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Shipped_texts_compile_and_fill_every_placeholder_from_the_samples(string id, string language)
    {
        var scenario = ScenarioCatalogue.Find(id)!;
        var (message, errors) = ScenarioPreview.Render(scenario, scenario.Shipped[language], language, null);
        Assert.Empty(errors);
        Assert.Empty(message!.Missing);
        Assert.DoesNotContain("{{", message.Sms + message.EmailSubject + message.EmailText + message.EmailHtml, StringComparison.Ordinal);
        Assert.InRange(message.SmsLength.Segments, 1, 3);
        if (language == "ru") Assert.Equal(SmsEncoding.Ucs2, message.SmsLength.Encoding);
    }

    [Fact]
    public void A_planned_outage_says_where_and_when()
    {
        var scenario = ScenarioCatalogue.Find(OutageScenarios.PlannedOutage)!;
        var (message, _) = ScenarioPreview.Render(scenario, scenario.Shipped["ru"], "ru",
            new Dictionary<string, string> { ["address"] = "ул. Мира, 5", ["outageStart"] = "2026-12-10T09:00", ["outageEnd"] = "2026-12-10T17:30" });
        Assert.Equal("Плановое отключение электроэнергии: ул. Мира, 5, с 10.12.2026 09:00 до 10.12.2026 17:30. Тел. 8 800 000-00-00", message!.Sms);
        Assert.StartsWith("Здравствуйте, Мария Петровна!", message.EmailText);
    }

    [Fact]
    public void A_language_without_shipped_texts_falls_back_to_russian()
    {
        var scenario = ScenarioCatalogue.Find(AppealScenarios.ExtensionNotice)!;
        Assert.Same(scenario.Shipped["ru"], scenario.ShippedFor("kk", out var used));
        Assert.Equal("ru", used);
    }
}
