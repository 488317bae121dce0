using CustomerService.Functions.Features.Appeals.Screening.Text;

namespace CustomerService.Functions.Tests.Features.Appeals.Screening;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("ru", "Здравствуйте! Прошу сделать перерасчёт за электроэнергию, счётчик заменили в марте.")]
    [InlineData("ru", "Ошибка в личном кабинете: Error 500 Internal Server Error при передаче показаний счётчика.")]
    [InlineData("ru", "Прошу соединить с Гөлнарой Әхмәтовой из абонентского отдела по поводу задолженности за март и апрель месяц.")]
    [InlineData("tt", "Исәнмесез! Минем счетчик күрсәткечләре дөрес кабул ителмәгән, зинһар, тикшерегез һәм төзәтегез.")]
    [InlineData("tt", "Исэнмесез, электр турында сорау бар, рэхмэт")]
    [InlineData("kk", "Сәлеметсіз бе! Менің есептегішім дұрыс жұмыс істемейді, қайта тексеруді сұраймын. Рақмет.")]
    [InlineData("en", "Hello, I have a question about my electricity bill for March, please call me back.")]
    [InlineData("ru", "Zdravstvuyte, u menya ne rabotaet svet v kvartire, pochemu?")]
    [InlineData("uk", "Доброго дня! Прошу перевірити мій лічильник, бо рахунок за світло завеликий.")]
    public void Detects_the_language(string expected, string text)
    {
        var detected = LanguageDetector.Detect(new ScreeningText([text]));

        Assert.NotNull(detected);
        Assert.Equal(expected, detected.Code);
    }

    [Fact]
    public void Too_little_text_gives_no_guess()
    {
        Assert.Null(LanguageDetector.Detect(new ScreeningText(["Свет?"])));
    }

    [Fact]
    public void Another_script_is_undetermined()
    {
        Assert.Equal("und", LanguageDetector.Detect(new ScreeningText(["请检查我的电表读数，谢谢您的帮助和支持"]))?.Code);
    }
}
