using CustomerService.Functions.Features.Appeals.Attachments;

namespace CustomerService.Functions.Tests.Features.Appeals.Attachments;

public sealed class ContentSnifferTests
{
    public static TheoryData<string, string> Accepted => new()
    {
        { nameof(SampleFiles.Pdf), "pdf" },
        { nameof(SampleFiles.Png), "png" },
        { nameof(SampleFiles.Jpeg), "jpeg" },
        { nameof(SampleFiles.Gif), "gif" },
        { nameof(SampleFiles.Tiff), "tiff" },
        { nameof(SampleFiles.Heic), "heic" },
        { nameof(SampleFiles.Docx), "docx" },
        { nameof(SampleFiles.Xlsx), "xlsx" },
        { nameof(SampleFiles.Odt), "odt" },
        { nameof(SampleFiles.Text), "txt" },
    };

    public static TheoryData<string, string> Refused => new()
    {
        { nameof(SampleFiles.WindowsExecutable), "исполняемая программа" },
        { nameof(SampleFiles.Elf), "исполняемая программа" },
        { nameof(SampleFiles.ShellScript), "сценарий" },
        { nameof(SampleFiles.Html), "HTML" },
        { nameof(SampleFiles.Svg), "SVG" },
        { nameof(SampleFiles.PlainZip), "архив ZIP" },
        { nameof(SampleFiles.Gzip), "архив GZIP" },
        { nameof(SampleFiles.Mp4), "видео" },
        { nameof(SampleFiles.PngWithoutIhdr), "PNG" },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Recognises_accepted_types_by_content(string sample, string typeId)
    {
        var result = Sniff(Sample(sample));

        Assert.Null(result.Refusal);
        Assert.Equal(typeId, result.Type?.Id);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void Names_what_refused_content_really_is(string sample, string fragment)
    {
        var result = Sniff(Sample(sample));

        Assert.Null(result.Type);
        Assert.Contains(fragment, result.Refusal);
    }

    [Fact]
    public void Ooxml_with_a_macro_project_is_refused()
    {
        var result = Sniff(SampleFiles.Docx(macros: true));

        Assert.Null(result.Type);
        Assert.Contains("макрос", result.Refusal);
    }

    [Theory]
    [InlineData("WordDocument", "doc")]
    [InlineData("Workbook", "xls")]
    public void Ole2_documents_are_told_apart_by_their_stream_names(string streamName, string typeId) =>
        Assert.Equal(typeId, Sniff(SampleFiles.Ole2(streamName)).Type?.Id);

    [Fact]
    public void Ole2_without_office_streams_is_refused()
    {
        var result = Sniff(SampleFiles.Ole2("MsiDigitalSignature"));

        Assert.Null(result.Type);
        Assert.Contains("установщик", result.Refusal);
    }

    [Fact]
    public void Ole2_stream_name_is_found_across_read_chunks()
    {
        // The name straddles the 64 KiB chunk boundary of the scanner.
        var bytes = new byte[200_000];
        SampleFiles.Ole2("x").AsSpan(0, 8).CopyTo(bytes);
        System.Text.Encoding.Unicode.GetBytes("WordDocument").CopyTo(bytes, 64 * 1024 - 7);

        Assert.Equal("doc", Sniff(bytes).Type?.Id);
    }

    [Theory]
    [InlineData(new byte[] { 0x41, 0x00, 0x42 })] // NUL
    [InlineData(new byte[] { 0x41, 0xC3, 0x28 })] // invalid UTF-8
    [InlineData(new byte[] { 0x41, 0x1B, 0x5B })] // ESC control character
    public void Text_must_be_clean_utf8(byte[] bytes)
    {
        var result = Sniff(bytes);

        Assert.Null(result.Type);
        Assert.Contains("двоичный", result.Refusal);
    }

    [Fact]
    public void Text_with_a_script_tag_later_on_is_refused() =>
        Assert.Null(Sniff(System.Text.Encoding.UTF8.GetBytes("Добрый день.\nСм. <SCRIPT>alert(1)</SCRIPT>")).Type);

    [Fact]
    public void Corrupt_zip_is_refused_not_thrown()
    {
        var bytes = SampleFiles.Docx();
        var truncated = bytes[..(bytes.Length / 2)];

        var result = Sniff(truncated);

        Assert.Null(result.Type);
        Assert.NotNull(result.Refusal);
    }

    [Fact]
    public void Empty_content_is_refused() => Assert.Contains("пустой", Sniff([]).Refusal);

    [Fact]
    public void Leaves_the_stream_at_its_start()
    {
        using var stream = new MemoryStream(SampleFiles.Text());

        ContentSniffer.Sniff(stream);

        Assert.Equal(0, stream.Position);
    }

    private static byte[] Sample(string name) => SampleFiles.ByName(name);

    private static SniffResult Sniff(byte[] bytes) => ContentSniffer.Sniff(new MemoryStream(bytes));
}
