using CustomerService.Functions.Features.Appeals.Screening.Text;

namespace CustomerService.Functions.Tests.Features.Appeals.Screening;

public sealed class ObsceneLexiconTests
{
    /// <summary>
    /// Ordinary words of utility appeals and everyday Russian, many of which contain an obscene root's
    /// letters inside them (…бля…, …еб…, …хуй…, …пидар, …манда, …сук…, …хер…, …сра…).
    /// </summary>
    public static TheoryData<string> OrdinaryWords => new(
        "счёт", "счета", "потребление", "потребитель", "потребителя", "употребляю", "хлебопекарня", "хлеб", "хлебный",
        "оскорбление", "оскорбляет", "оскорбительные", "рубля", "рублях", "корабля", "сабля", "оглобля", "небольшой", "небо",
        "неблагоприятный", "требую", "требование", "ребёнок", "ребята", "колебания", "учебный", "погребение", "погреб",
        "себестоимость", "себе", "тебя", "Глеб", "гребень", "застрахуйте", "страхуй", "хулиган", "худой", "хуже",
        "бляха", "бляшка", "шлюз", "мудрый", "мудрость", "мандарин", "мандат", "команда", "скипидар", "педикюр", "сукно",
        "сутки", "Херсон", "херес", "сравнение", "пространство", "страна", "Сретенка", "подъезд", "объём", "съезд",
        "подъёмник", "Козлов", "Козловский", "психушка", "скотч", "употребления", "сукровица", "Ебург", "мандаринов",
        "задолженность", "перерасчёт", "отключение", "электроэнергия", "показания", "счётчик", "пени", "квитанция");

    public static TheoryData<string> ObsceneWords => new(
        "хуй", "нахуй", "похуй", "охуели", "пиздец", "распиздяи", "ебать", "заебали", "уебки", "ёбаный", "выебываются",
        "бля", "блядь", "блять", "мудак", "мудилы", "пидорас", "гандон", "залупа", "сука", "суки", "херня", "нахер",
        "говно", "дерьмо", "засранцы", "xуй", "cука");

    [Theory]
    [MemberData(nameof(OrdinaryWords))]
    public void Ordinary_word_is_neither_obscene_nor_insult(string word)
    {
        var normalized = Words.Normalize(word);

        Assert.False(ObsceneLexicon.IsObscene(normalized), word);
        Assert.False(ObsceneLexicon.IsInsult(normalized), word);
    }

    [Theory]
    [MemberData(nameof(ObsceneWords))]
    public void Obscene_word_is_recognised_in_its_forms(string word)
    {
        Assert.True(ObsceneLexicon.IsObscene(Words.Normalize(word)), word);
    }

    [Theory]
    [InlineData("идиоты")]
    [InlineData("дебилы")]
    [InlineData("сволочи")]
    [InlineData("уроды")]
    [InlineData("мрази")]
    [InlineData("кровопийцы")]
    public void Insult_is_recognised_but_not_as_obscene(string word)
    {
        Assert.True(ObsceneLexicon.IsInsult(word));
        Assert.False(ObsceneLexicon.IsObscene(word));
    }

    [Fact]
    public void Evidence_masks_the_word()
    {
        Assert.Equal("с**а", Words.Mask("сука"));
    }
}
