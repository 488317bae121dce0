using CustomerService.Functions.Features.Informing.Scenarios;

namespace CustomerService.Functions.Tests.Features.Informing.Scenarios;

public sealed class SmsLengthTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(160, 1)]
    [InlineData(161, 2)]
    [InlineData(306, 2)]
    [InlineData(307, 3)]
    [InlineData(459, 3)]
    [InlineData(460, 4)]
    public void Gsm7_fits_160_in_one_message_and_153_per_segment(int length, int segments)
    {
        var sms = SmsLength.Of(new string('a', length));
        Assert.Equal(SmsEncoding.Gsm7, sms.Encoding);
        Assert.Equal(length, sms.Units);
        Assert.Equal(segments, sms.Segments);
    }

    [Theory]
    [InlineData(70, 1)]
    [InlineData(71, 2)]
    [InlineData(134, 2)]
    [InlineData(135, 3)]
    [InlineData(201, 3)]
    [InlineData(202, 4)]
    public void Cyrillic_is_ucs2_at_70_in_one_message_and_67_per_segment(int length, int segments)
    {
        var sms = SmsLength.Of(new string('я', length));
        Assert.Equal(SmsEncoding.Ucs2, sms.Encoding);
        Assert.Equal(length, sms.Characters);
        Assert.Equal(segments, sms.Segments);
    }

    [Fact]
    public void Extension_characters_count_two_septets()
    {
        Assert.Equal(1, SmsLength.Of(new string('a', 158) + "€").Segments);
        var over = SmsLength.Of(new string('a', 159) + "€");
        Assert.Equal((SmsEncoding.Gsm7, 161, 160, 2), (over.Encoding, over.Units, over.Characters, over.Segments));
        Assert.Equal(20, SmsLength.Of("{}[]~|^\\€\f").Units);
    }

    [Fact]
    public void An_extension_character_never_straddles_two_segments()
    {
        // 306 septets would fill two segments of 153, but the escape pair cannot start at the 153rd septet.
        var sms = SmsLength.Of(new string('a', 152) + "{" + new string('a', 152));
        Assert.Equal(306, sms.Units);
        Assert.Equal(3, sms.Segments);
        Assert.Equal(2, SmsLength.Of(new string('a', 151) + "{" + new string('a', 153)).Segments);
    }

    [Fact]
    public void A_surrogate_pair_never_straddles_two_segments()
    {
        var sms = SmsLength.Of(new string('я', 66) + "😀" + new string('я', 66));
        Assert.Equal((SmsEncoding.Ucs2, 134, 133, 3), (sms.Encoding, sms.Units, sms.Characters, sms.Segments));
        Assert.Equal(2, SmsLength.Of(new string('я', 65) + "😀" + new string('я', 67)).Segments);
    }

    [Theory]
    [InlineData("Balance: 100 RUB @ office £$¥ èé\n§¿¡ ÄÖÑÜ äöñüà ΔΦΓΛΩΠΨΣΘΞ", SmsEncoding.Gsm7)]
    [InlineData("Hello Ж", SmsEncoding.Ucs2)]
    [InlineData("Price `quoted`", SmsEncoding.Ucs2)]
    [InlineData("1 234,50 ₽", SmsEncoding.Ucs2)]
    public void One_character_outside_gsm7_makes_the_whole_text_ucs2(string text, SmsEncoding encoding) =>
        Assert.Equal(encoding, SmsLength.Of(text).Encoding);
}
