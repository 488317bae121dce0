using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Features.Appeals.Registration;
using CustomerService.Functions.Features.Informing.Notices;
using CustomerService.Functions.Features.Informing.Scenarios;
using CustomerService.Functions.Features.Informing.Scenarios.Shipped;

namespace CustomerService.Functions.Tests.Features.Informing.Notices;

/// <summary>Transactional notices rendered from the scenarios: pure, no storage.</summary>
public sealed class NoticeBookTests
{
    private static readonly Applicant Maria = new() { Kind = ApplicantKind.Individual, LastName = "Иванова", FirstName = "Мария", Patronymic = "Петровна", BillingAccount = "0012345678" };

    private static NoticeText Acknowledge(NoticeBook book, string language, string channel, Applicant? applicant = null)
    {
        var values = ApplicantNoticeValues.For(applicant ?? Maria, language, "125-ФЛ", "МУП «МЭС»");
        values[Placeholders.RegistrationDate] = new DateOnly(2026, 12, 7);
        values[Placeholders.PromisedDate] = new DateOnly(2026, 12, 25);
        values[Placeholders.StatusLink] = "/api/appeals/125-ФЛ/status?code=abc";
        return book.Render(AppealScenarios.Acknowledgement, language, channel, values);
    }

    [Fact]
    public void The_acknowledgement_is_the_e_mail_text_for_letters_and_the_sms_text_for_sms()
    {
        var letter = Acknowledge(NoticeBook.Shipped, "ru", "email");
        Assert.Equal(("ru", "Обращение № 125-ФЛ зарегистрировано — МУП «МЭС»"), (letter.Language, letter.Subject));
        Assert.StartsWith("Здравствуйте, Мария Петровна!\n\nВаше обращение зарегистрировано 07.12.2026 под номером 125-ФЛ. Ответ будет дан не позднее 25.12.2026.", letter.Body);
        Assert.Contains("/api/appeals/125-ФЛ/status?code=abc", letter.Body);

        var sms = Acknowledge(NoticeBook.Shipped, "ru", "sms");
        Assert.Equal("Обращение № 125-ФЛ зарегистрировано. Ответ до 25.12.2026. Статус: /api/appeals/125-ФЛ/status?code=abc", sms.Body);
    }

    [Theory]
    [InlineData("en", "Dear Мария Петровна,")]
    [InlineData("tt", "Исәнмесез, Мария Петровна!")]
    [InlineData("kk", "Сәлеметсіз бе, Мария Петровна!")]
    public void The_acknowledgement_is_in_the_applicants_language(string language, string greeting)
    {
        var text = Acknowledge(NoticeBook.Shipped, language, "email");
        Assert.Equal(language, text.Language);
        Assert.StartsWith(greeting, text.Body);
        Assert.Contains("125-ФЛ", text.Subject);
    }

    [Fact]
    public void A_language_a_scenario_has_no_text_in_gets_the_russian_text()
    {
        var values = ApplicantNoticeValues.For(Maria, "kk", "125-ФЛ", "МУП «МЭС»");
        values[Placeholders.Deadline] = new DateOnly(2027, 1, 20);
        values[Placeholders.ExtensionReason] = "выездная проверка";
        var text = NoticeBook.Shipped.Render(AppealScenarios.ExtensionNotice, "kk", "email", values);
        Assert.Equal("ru", text.Language);
        Assert.Contains("продлён до 20.01.2027. Причина: выездная проверка.", text.Body);
    }

    [Fact]
    public void Staff_texts_replace_the_shipped_ones_in_their_language_only()
    {
        var texts = ScenarioCatalogue.All.ToDictionary(s => s.Id, s => (IReadOnlyDictionary<string, ScenarioContent>)new Dictionary<string, ScenarioContent>(s.Shipped), StringComparer.Ordinal);
        ((Dictionary<string, ScenarioContent>)texts[AppealScenarios.Acknowledgement])["ru"] =
            new ScenarioContent("№ {{registrationNumber}} принят", "Принято: № {{registrationNumber}}", "{{nameAndPatronymic}}, обращение № {{registrationNumber}} принято, ответ до {{promisedDate}}.");
        var book = new NoticeBook(texts);

        Assert.Equal(("Принято: № 125-ФЛ", "Мария Петровна, обращение № 125-ФЛ принято, ответ до 25.12.2026."), (Acknowledge(book, "ru", "email").Subject, Acknowledge(book, "ru", "email").Body));
        Assert.Equal("№ 125-ФЛ принят", Acknowledge(book, "ru", "sms").Body);
        Assert.StartsWith("Dear Мария Петровна,", Acknowledge(book, "en", "email").Body);
    }

    [Fact]
    public void An_organization_is_greeted_by_its_name_and_an_applicant_without_a_name_neutrally()
    {
        var company = Acknowledge(NoticeBook.Shipped, "ru", "email", new Applicant { Kind = ApplicantKind.LegalEntity, OrganizationName = "ООО «Ромашка»", LastName = "Петров", FirstName = "Пётр" });
        Assert.StartsWith("Здравствуйте, ООО «Ромашка»!", company.Body);
        var nameless = Acknowledge(NoticeBook.Shipped, "ru", "email", new Applicant { Kind = ApplicantKind.Individual });
        Assert.StartsWith("Здравствуйте, уважаемый заявитель!", nameless.Body);
        Assert.StartsWith("Dear applicant,", Acknowledge(NoticeBook.Shipped, "en", "email", new Applicant { Kind = ApplicantKind.Individual }).Body);
    }
}
