using CustomerService.Functions.Features.Appeals.Attachments;

namespace CustomerService.Functions.Tests.Features.Appeals.Attachments;

public sealed class AttachmentFileNameTests
{
    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("..\\..\\Windows\\system32\\cmd.exe", "cmd.exe")]
    [InlineData("C:\\Users\\Иванова\\Desktop\\Счёт за май.pdf", "Счёт за май.pdf")]
    [InlineData("Квитанция №5 (копия).jpg", "Квитанция №5 (копия).jpg")]
    [InlineData("a<b>c:d\"e|f?g*h.txt", "a_b_c_d_e_f_g_h.txt")]
    [InlineData("line\r\nbreak\t.pdf", "linebreak.pdf")]
    [InlineData("  many    spaces  .pdf  ", "many spaces .pdf")]
    [InlineData("..", AttachmentFileName.Fallback)]
    [InlineData("", AttachmentFileName.Fallback)]
    [InlineData(null, AttachmentFileName.Fallback)]
    [InlineData("con.txt", "_con.txt")]
    [InlineData("LPT1", "_LPT1")]
    [InlineData("console.txt", "console.txt")]
    public void Sanitizes(string? raw, string expected) => Assert.Equal(expected, AttachmentFileName.Sanitize(raw));

    [Fact]
    public void Removes_bidi_overrides_that_disguise_the_extension()
    {
        // Shown as "счётexe.pdf" by a bidi-aware viewer; really ends in .exe.
        var name = AttachmentFileName.Sanitize("счёт\u202Efdp.exe");

        Assert.Equal("счётfdp.exe", name);
        Assert.DoesNotContain(name, c => c is '\u202E' or '\u202D' or '\u2066' or '\u2067' or '\u2068' or '\u2069' or '\u200B');
    }

    [Fact]
    public void Zero_width_and_isolate_characters_go_too() =>
        Assert.Equal("abc.pdf", AttachmentFileName.Sanitize("a\u200Bb\u2067c\u2069.pdf"));

    [Fact]
    public void Long_names_are_cut_keeping_the_extension_and_whole_letters()
    {
        var name = AttachmentFileName.Sanitize(new string('ж', 300) + ".docx");

        Assert.Equal(AttachmentFileName.MaxLength, name.Length);
        Assert.EndsWith("ж.docx", name, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_names_never_split_a_surrogate_pair()
    {
        var name = AttachmentFileName.Sanitize(string.Concat(Enumerable.Repeat("😀", 200)) + ".png");

        Assert.True(name.Length <= AttachmentFileName.MaxLength);
        Assert.EndsWith(".png", name, StringComparison.Ordinal);
        Assert.True(System.Text.Rune.DecodeFromUtf16(name.AsSpan(name.Length - 6), out _, out _) == System.Buffers.OperationStatus.Done);
        Assert.Equal(name, System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(name)));
    }

    [Fact]
    public void Decomposed_cyrillic_is_composed() =>
        // "й" as и + combining breve (as macOS sends names) becomes the single letter.
        Assert.Equal("Отчёт й.pdf", AttachmentFileName.Sanitize("Отчёт и\u0306.pdf"));
}
