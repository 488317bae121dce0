using CustomerService.Functions.Features.Appeals.Attachments;

namespace CustomerService.Functions.Tests.Features.Appeals.Attachments;

public sealed class AttachmentPolicyTests
{
    private static readonly AttachmentPolicy Policy = new(new AttachmentOptions());

    private static AttachmentVerdict Check(string? name, string? contentType, byte[] content) => Policy.Check(name, contentType, new MemoryStream(content));

    [Theory]
    [InlineData("Счёт.pdf", "application/pdf", nameof(SampleFiles.Pdf))]
    [InlineData("фото.JPG", "image/jpeg", nameof(SampleFiles.Jpeg))]
    [InlineData("скан.png", null, nameof(SampleFiles.Png))]
    [InlineData("договор.docx", "application/octet-stream", nameof(SampleFiles.Docx))]
    [InlineData("договор.docx", "application/zip", nameof(SampleFiles.Docx))]
    [InlineData("заявление.txt", "text/plain; charset=utf-8", nameof(SampleFiles.Text))]
    public void Accepts_files_whose_name_and_declared_type_agree_with_the_content(string name, string? contentType, string sample)
    {
        var verdict = Check(name, contentType, SampleFiles.ByName(sample));

        Assert.True(verdict.IsAccepted, verdict.Refusal);
        Assert.Equal(name, verdict.SafeName);
    }

    [Fact]
    public void An_executable_named_pdf_is_refused_with_what_it_really_is()
    {
        var verdict = Check("Счёт.pdf", "application/pdf", SampleFiles.WindowsExecutable());

        Assert.False(verdict.IsAccepted);
        Assert.Equal("Файл \"Счёт.pdf\" не является PDF-документом: по содержимому это исполняемая программа Windows.", verdict.Refusal);
    }

    [Fact]
    public void Html_named_txt_is_refused()
    {
        var verdict = Check("письмо.txt", "text/plain", SampleFiles.Html());

        Assert.Equal("Файл \"письмо.txt\" не является текстовым файлом: по содержимому это веб-страница (HTML).", verdict.Refusal);
    }

    [Fact]
    public void Svg_is_refused_whatever_it_is_called()
    {
        Assert.Contains("SVG", Check("рисунок.svg", "image/svg+xml", SampleFiles.Svg()).Refusal);
        Assert.Contains("не является изображением PNG", Check("рисунок.png", "image/png", SampleFiles.Svg()).Refusal);
    }

    [Fact]
    public void A_real_pdf_named_jpg_is_refused()
    {
        var verdict = Check("фото.jpg", null, SampleFiles.Pdf());

        Assert.Equal("Файл \"фото.jpg\" не является изображением JPEG: по содержимому это PDF-документ.", verdict.Refusal);
    }

    [Fact]
    public void A_declared_content_type_that_disagrees_is_refused()
    {
        var verdict = Check("scan", "image/png", SampleFiles.Pdf());

        Assert.Equal("Файл \"scan\" не является изображением PNG: по содержимому это PDF-документ.", verdict.Refusal);
    }

    [Fact]
    public void An_unknown_declared_content_type_is_refused()
    {
        var verdict = Check("счёт.pdf", "application/x-msdownload", SampleFiles.Pdf());

        Assert.Contains("отправлен как \"application/x-msdownload\"", verdict.Refusal);
    }

    [Fact]
    public void A_pdf_with_an_unrelated_extension_is_refused_because_the_download_name_would_lie()
    {
        var verdict = Check("счёт.exe", null, SampleFiles.Pdf());

        Assert.Equal("Расширение файла \"счёт.exe\" не соответствует содержимому: ожидается .pdf.", verdict.Refusal);
    }

    [Fact]
    public void A_name_without_extension_gets_the_detected_one()
    {
        var verdict = Check("IMG_0001", null, SampleFiles.Jpeg());

        Assert.Equal("IMG_0001.jpg", verdict.SafeName);
    }

    [Fact]
    public void A_zip_that_is_not_a_document_is_refused_even_named_docx() =>
        Assert.Equal("Файл \"договор.docx\" не является документом Word (DOCX): по содержимому это архив ZIP, а не документ.",
            Check("договор.docx", null, SampleFiles.PlainZip()).Refusal);

    [Fact]
    public void Types_can_be_narrowed_by_settings()
    {
        var onlyPdf = new AttachmentPolicy(new AttachmentOptions { AllowedTypes = [AttachmentType.Pdf] });

        Assert.True(onlyPdf.Check("a.pdf", null, new MemoryStream(SampleFiles.Pdf())).IsAccepted);
        Assert.Contains("прикладывать нельзя. Можно: .pdf", onlyPdf.Check("a.png", null, new MemoryStream(SampleFiles.Png())).Refusal);
    }

    [Fact]
    public void Options_read_the_declared_settings_and_refuse_nonsense()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [AttachmentSettings.MaxFileBytes] = "2048",
            [AttachmentSettings.MaxCount] = "2",
            [AttachmentSettings.AllowedTypes] = "pdf, png",
            [AttachmentSettings.DownloadLinkMinutes] = "3",
        }).Build();

        var options = AttachmentOptions.From(configuration);

        Assert.Equal(2048, options.MaxFileBytes);
        Assert.Equal(2, options.MaxCount);
        Assert.Equal(25 * 1024 * 1024, options.MaxTotalBytes);
        Assert.Equal([AttachmentType.Pdf, AttachmentType.Png], options.AllowedTypes);
        Assert.Equal(TimeSpan.FromMinutes(3), options.DownloadLinkValidity);
        var bad = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [AttachmentSettings.AllowedTypes] = "pdf,exe" }).Build();
        Assert.Contains("exe", Assert.Throws<InvalidOperationException>(() => AttachmentOptions.From(bad)).Message);
        var negative = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [AttachmentSettings.MaxCount] = "-1" }).Build();
        Assert.Contains(AttachmentSettings.MaxCount, Assert.Throws<InvalidOperationException>(() => AttachmentOptions.From(negative)).Message);
    }
}
