using CustomerService.Functions.Features.Informing.Scenarios;
using CustomerService.Functions.Features.Informing.Scenarios.Shipped;

namespace CustomerService.Functions.Tests.Features.Informing.Scenarios;

public sealed class MessageTemplateTests
{
    private static readonly ScenarioDefinition Debt = ScenarioCatalogue.Find(BillingScenarios.DebtNotice)!;

    [Fact]
    public void An_unknown_placeholder_is_refused_with_its_field_and_the_allowed_names()
    {
        var errors = new List<TemplateError>();
        var content = new ScenarioContent("Долг {{amout}} по {{account}}", "Тема", "Текст {{ nosuch }}");
        Assert.Null(CompiledScenario.Compile(content, "ru", Debt.Placeholders, errors));
        Assert.Equal(2, errors.Count);
        Assert.Equal("sms", errors[0].Field);
        Assert.StartsWith("Неизвестная подстановка {{amout}}. Допустимы: {{fullName}}", errors[0].Message);
        Assert.Contains("{{amount}}", errors[0].Message);
        Assert.Equal("emailText", errors[1].Field);
        Assert.Contains("{{nosuch}}", errors[1].Message);
    }

    [Fact]
    public void A_known_placeholder_the_scenario_does_not_offer_is_refused()
    {
        var errors = new List<TemplateError>();
        Assert.Null(CompiledScenario.Compile(new ScenarioContent("{{registrationNumber}}", "Тема", "Текст"), "ru", Debt.Placeholders, errors));
        var error = Assert.Single(errors);
        Assert.Equal(("sms", true), (error.Field, error.Message.StartsWith("Подстановка {{registrationNumber}} недоступна в этом сценарии", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Сумма {{amount", "Не закрыта подстановка")]
    [InlineData("Сумма {{}}", "Пустая подстановка")]
    public void Malformed_placeholders_are_refused(string sms, string message)
    {
        var errors = new List<TemplateError>();
        Assert.Null(CompiledScenario.Compile(new ScenarioContent(sms, "Тема", "Текст"), "ru", Debt.Placeholders, errors));
        Assert.StartsWith(message, Assert.Single(errors).Message);
    }

    [Fact]
    public void Empty_texts_and_a_multi_line_subject_are_refused_per_field()
    {
        var errors = new List<TemplateError>();
        Assert.Null(CompiledScenario.Compile(new ScenarioContent(" ", "Тема\nвторая строка", ""), "ru", Debt.Placeholders, errors));
        Assert.Equal(["sms", "emailText", "emailSubject"], errors.Select(e => e.Field));
    }

    [Fact]
    public void Amounts_are_written_in_roubles_the_russian_way()
    {
        var (message, errors) = ScenarioPreview.Render(Debt, Debt.Shipped["ru"], "ru", new Dictionary<string, string> { ["amount"] = "1234.5", ["asOfDate"] = "2026-12-01" });
        Assert.Empty(errors);
        Assert.Equal("Задолженность по л/с 0012345678 на 01.12.2026: 1\u00A0234,50\u00A0₽. Просим оплатить. Тел. 8 800 000-00-00", message!.Sms);
        Assert.Equal("1\u00A0234\u00A0567,00\u00A0₽", ValueFormatter.Money(1234567m, "ru"));
        Assert.Equal("-0,01\u00A0₽", ValueFormatter.Money(-0.005m, "ru"));
        Assert.Equal("RUB 1,234.50", ValueFormatter.Money(1234.5m, "en"));
        Assert.Equal(1234.5m, ValueFormatter.ParseMoney("1 234,50 ₽"));
    }

    [Fact]
    public void A_kazakh_supplier_writes_amounts_in_tenge()
    {
        Assert.Equal("1\u00A0234,50\u00A0₸", ValueFormatter.Money(1234.5m, "kk", Currency.Kzt));
        Assert.Equal("KZT 1,234.50", ValueFormatter.Money(1234.5m, "en", Currency.Kzt));
        var (message, errors) = ScenarioPreview.Render(Debt, Debt.Shipped["ru"], "ru", new Dictionary<string, string> { ["amount"] = "99.9" }, Currency.Kzt);
        Assert.Empty(errors);
        Assert.Contains("99,90\u00A0₸", message!.Sms);
        Assert.Contains("99,90\u00A0₸", message.EmailText);
    }

    [Fact]
    public void Values_are_html_escaped_in_html_and_left_alone_in_plain_text_and_sms()
    {
        var hostile = "<script>alert('x')</script> & \"Co\"";
        var content = new ScenarioContent("{{fullName}}", "Тема {{fullName}}", "Текст {{fullName}}", "<p class=\"greeting\">Здравствуйте, <b>{{fullName}}</b>!</p>");
        var (message, errors) = ScenarioPreview.Render(Debt, content, "ru", new Dictionary<string, string> { ["fullName"] = hostile });
        Assert.Empty(errors);
        Assert.Equal("<p class=\"greeting\">Здравствуйте, <b>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;</b>!</p>", message!.EmailHtml);
        Assert.Equal("Текст " + hostile, message.EmailText);
        Assert.Equal(hostile, message.Sms);
    }

    [Fact]
    public void Html_made_from_plain_text_escapes_everything_and_keeps_paragraphs()
    {
        var content = new ScenarioContent("x", "Тема", "Здравствуйте, {{fullName}}!\n\nСтрока 1\nСтрока 2 <b>");
        var (message, _) = ScenarioPreview.Render(Debt, content, "ru", new Dictionary<string, string> { ["fullName"] = "<i>Иванов</i>" });
        Assert.Equal("<!DOCTYPE html><html><body><p>Здравствуйте, &lt;i&gt;Иванов&lt;/i&gt;!</p><p>Строка 1<br>Строка 2 &lt;b&gt;</p></body></html>", message!.EmailHtml);
    }

    [Fact]
    public void A_line_break_in_a_value_does_not_split_the_subject()
    {
        var (message, _) = ScenarioPreview.Render(Debt, Debt.Shipped["ru"], "ru", new Dictionary<string, string> { ["account"] = "1\r\nBcc: x@example.com" });
        Assert.Equal("Задолженность по лицевому счёту 1 Bcc: x@example.com", message!.EmailSubject);
    }

    [Fact]
    public void Values_that_do_not_parse_or_do_not_belong_are_field_errors()
    {
        var (message, errors) = ScenarioPreview.Render(Debt, Debt.Shipped["ru"], "ru",
            new Dictionary<string, string> { ["amount"] = "много", ["asOfDate"] = "01.12.2026", ["outageStart"] = "2026-12-10T09:00" });
        Assert.Null(message);
        Assert.Equal(["values.amount", "values.asOfDate", "values.outageStart"], errors.Select(e => e.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Rendering_reports_values_the_sender_did_not_supply()
    {
        var errors = new List<TemplateError>();
        var compiled = CompiledScenario.Compile(Debt.Shipped["ru"], "ru", Debt.Placeholders, errors)!;
        var message = compiled.Render(new Dictionary<string, object> { ["account"] = "77", ["amount"] = 10m });
        Assert.Equal(["asOfDate", "companyPhone", "nameAndPatronymic", "companyName"], message.Missing);
    }
}
