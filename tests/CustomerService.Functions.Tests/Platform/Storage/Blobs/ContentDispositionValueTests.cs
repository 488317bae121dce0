using CustomerService.Functions.Platform.Storage.Blobs.Sas;

namespace CustomerService.Functions.Tests.Platform.Storage.Blobs;

public sealed class ContentDispositionValueTests
{
    [Fact]
    public void Cyrillic_name_gets_an_ascii_fallback_and_an_rfc8187_utf8_value()
    {
        Assert.Equal("attachment; filename=\"____ 5.pdf\"; filename*=UTF-8''%D0%A1%D1%87%D1%91%D1%82%205.pdf",
            ContentDispositionValue.Attachment("Счёт 5.pdf"));
    }

    [Fact]
    public void Quotes_and_backslashes_cannot_break_out_of_the_quoted_name()
    {
        var value = ContentDispositionValue.Inline("a\"b\\c;d.txt");
        Assert.Equal("inline; filename=\"a_b_c;d.txt\"; filename*=UTF-8''a%22b%5Cc%3Bd.txt", value);
    }

    [Fact]
    public void Attr_chars_pass_unescaped() =>
        Assert.Equal("Report_2025-01.v2~final!", ContentDispositionValue.ExtendedValue("Report_2025-01.v2~final!"));

    [Fact]
    public void Result_is_pure_ascii_so_it_can_travel_in_a_header() =>
        Assert.All(ContentDispositionValue.Attachment("Договор №17 «Тепло».docx"), c => Assert.InRange(c, ' ', '~'));
}
