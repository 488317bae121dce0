using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CustomerService.Functions.Features.Appeals.Attachments;
using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Features.Appeals.Registration;
using CustomerService.Functions.Tests.Features.Appeals.Attachments;
using CustomerService.Functions.Tests.Support;
using static CustomerService.Functions.Tests.Features.Appeals.AppealsHost;

namespace CustomerService.Functions.Tests.Features.Appeals;

/// <summary>One app with small attachment limits (64 KB a file, 96 KB in all, 3 files) so limits are reachable cheaply.</summary>
public sealed class MultipartApp : IAsyncLifetime
{
    public const int MaxFileBytes = 64 * 1024;
    public const int MaxTotalBytes = 96 * 1024;
    public TestApp App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var settings = Settings("mupes-divnogorsk");
        settings[AttachmentSettings.MaxFileBytes] = MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings[AttachmentSettings.MaxTotalBytes] = MaxTotalBytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings[AttachmentSettings.MaxCount] = "3";
        App = await TestApp.StartAsync(settings);
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}

[Collection(AppealsCollection.Name)]
public sealed class MultipartIntakeTests(MultipartApp fixture) : IClassFixture<MultipartApp>
{
    private const string Mupes = "mupes-divnogorsk";
    private static readonly OrganizationProfile Profile = OrganizationProfiles.Find(Mupes)!;
    private TestApp App => fixture.App;

    internal static HttpRequestMessage Multipart(JsonNode? appeal, IEnumerable<(string Name, byte[] Content, string? ContentType)> files, string? idempotencyKey = null)
    {
        var form = new MultipartFormDataContent();
        if (appeal is not null) form.Add(new StringContent(appeal.ToJsonString(), Encoding.UTF8, "application/json"), "appeal");
        foreach (var (name, content, contentType) in files)
        {
            var part = new ByteArrayContent(content);
            if (contentType is not null) part.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            form.Add(part, "attachments", name);
        }
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/appeals") { Content = form };
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return request;
    }

    private static string AppealIdFor(string key) => AppealIds.FromIdempotencyKey(Mupes, "website", key);

    private async Task<IReadOnlyList<StoredAttachment>> StoredAsync(string appealId) =>
        await App.Services.GetRequiredService<AppealAttachments>().ListAsync(appealId, CancellationToken.None);

    [Fact]
    public async Task Files_are_stored_with_the_appeal_listed_on_its_row_and_a_replay_stores_nothing_twice()
    {
        var key = Guid.NewGuid().ToString();
        var pdf = SampleFiles.Pdf();
        var png = SampleFiles.Png();
        HttpRequestMessage Request() => Multipart(ValidBody(Profile), [("Счёт за октябрь.pdf", pdf, "application/pdf"), ("photo.png", png, "image/png")], key);

        var registered = await IntakeHttpTests.AssertRegisteredAsync(App, await App.Client.SendAsync(Request()));
        var appealId = IntakeHttpTests.AppealIdOf(registered);
        Assert.Equal(AppealIdFor(key), appealId);

        var row = (await Table(App, AppealTables.Appeals).GetEntityIfExistsAsync(appealId, AppealTables.AppealRowKey(appealId)))!;
        var listed = AppealEntities.AttachmentsOf(row);
        Assert.Equal(2, row.GetInt32("AttachmentCount"));
        Assert.Equal(["Счёт за октябрь.pdf", "photo.png"], listed.Select(a => a.FileName));
        Assert.Equal([pdf.Length, png.Length], listed.Select(a => a.Size));
        var stored = await StoredAsync(appealId);
        Assert.Equal(listed.Select(a => a.Id), stored.Select(a => a.Id));
        Assert.Equal(["application/pdf", "image/png"], stored.Select(a => a.ContentType));

        var replay = await App.Client.SendAsync(Request());
        Assert.Equal(HttpStatusCode.Created, replay.StatusCode);
        Assert.True(replay.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(registered.GetProperty("registrationNumber").GetString(), System.Text.Json.JsonDocument.Parse(await replay.Content.ReadAsStringAsync()).RootElement.GetProperty("registrationNumber").GetString());
        Assert.Equal(stored.Select(a => (a.Id, a.UploadedAt)), (await StoredAsync(appealId)).Select(a => (a.Id, a.UploadedAt)));

        // The same key with other files is another request.
        var otherFiles = await App.Client.SendAsync(Multipart(ValidBody(Profile), [("Счёт за октябрь.pdf", pdf, "application/pdf")], key));
        await IntakeHttpTests.ReadProblemAsync(otherFiles, 422);
        Assert.Equal(2, (await StoredAsync(appealId)).Count);
    }

    [Fact]
    public async Task A_disguised_executable_is_refused_with_a_Russian_message_and_nothing_is_stored()
    {
        var before = await StoredStateAsync(App, Mupes);
        var key = Guid.NewGuid().ToString();
        var response = await App.Client.SendAsync(Multipart(ValidBody(Profile),
            [("договор.pdf", SampleFiles.WindowsExecutable(), "application/pdf"), ("photo.png", SampleFiles.Png(), "image/png")], key));

        var problem = await IntakeHttpTests.ReadProblemAsync(response, 400);
        var messages = problem.GetProperty("errors").GetProperty("attachments").EnumerateArray().Select(m => m.GetString()!).ToArray();
        var message = Assert.Single(messages);
        Assert.StartsWith("Файл \"договор.pdf\" не является PDF-документом", message);
        Assert.Equal(before, await StoredStateAsync(App, Mupes));
        Assert.Empty(await StoredAsync(AppealIdFor(key)));
    }

    [Fact]
    public async Task Field_and_file_problems_come_in_one_answer()
    {
        var body = ValidBody(Profile);
        body["consent"]!["accepted"] = false;
        var response = await App.Client.SendAsync(Multipart(body, [("notes.txt", SampleFiles.Html(), "text/plain")]));

        var errors = (await IntakeHttpTests.ReadProblemAsync(response, 400)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("consent.accepted", out _) || errors.TryGetProperty("consent", out _), errors.ToString());
        Assert.Single(errors.GetProperty("attachments").EnumerateArray());
    }

    [Fact]
    public async Task An_oversized_file_gets_400_and_a_body_beyond_the_request_limit_gets_413_and_nothing_is_stored()
    {
        var before = await StoredStateAsync(App, Mupes);
        var tooBig = PdfOfSize(MultipartApp.MaxFileBytes + 1);
        var oversizedFile = await App.Client.SendAsync(Multipart(ValidBody(Profile), [("акт.pdf", tooBig, "application/pdf")]));
        var problem = await IntakeHttpTests.ReadProblemAsync(oversizedFile, 400);
        Assert.Equal("Файл \"акт.pdf\" больше 65536 байт.", problem.GetProperty("errors").GetProperty("attachments")[0].GetString());

        var overTotal = await App.Client.SendAsync(Multipart(ValidBody(Profile), [("a.pdf", PdfOfSize(60_000), null), ("b.pdf", PdfOfSize(60_000), null)]));
        Assert.Contains("общий размер вложений", (await IntakeHttpTests.ReadProblemAsync(overTotal, 400)).GetProperty("errors").GetProperty("attachments")[0].GetString());

        var tooMany = await App.Client.SendAsync(Multipart(ValidBody(Profile), Enumerable.Range(1, 4).Select(i => ($"{i}.png", SampleFiles.Png(), (string?)"image/png"))));
        Assert.Equal("К обращению можно приложить не больше 3 файлов.", (await IntakeHttpTests.ReadProblemAsync(tooMany, 400)).GetProperty("errors").GetProperty("attachments")[0].GetString());

        // Far beyond JSON + all files + part headers: Kestrel stops reading and the platform answers 413.
        // The server may reset the connection while the client still writes (see SendOversizedAsync).
        if (await IntakeHttpTests.SendOversizedAsync(App, Multipart(ValidBody(Profile), [("huge.pdf", PdfOfSize(2 * 1024 * 1024), "application/pdf")])) is { } huge)
            await IntakeHttpTests.ReadProblemAsync(huge, 413);
        Assert.Equal(before, await StoredStateAsync(App, Mupes));
    }

    [Fact]
    public async Task A_form_without_the_appeal_part_or_with_unknown_fields_gets_400()
    {
        var missing = await App.Client.SendAsync(Multipart(null, [("a.png", SampleFiles.Png(), "image/png")]));
        Assert.True((await IntakeHttpTests.ReadProblemAsync(missing, 400)).GetProperty("errors").TryGetProperty("appeal", out _));

        var form = new MultipartFormDataContent
        {
            { new StringContent(ValidBody(Profile).ToJsonString(), Encoding.UTF8, "application/json"), "appeal" },
            { new StringContent("1"), "submit" },
        };
        var unknown = await App.Client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/appeals") { Content = form });
        Assert.True((await IntakeHttpTests.ReadProblemAsync(unknown, 400)).GetProperty("errors").TryGetProperty("submit", out _));

        var broken = await App.Client.SendAsync(Multipart(JsonValue.Create("not an object"), []));
        await IntakeHttpTests.ReadProblemAsync(broken, 400);
    }

    [Fact]
    public async Task A_form_without_files_registers_like_json()
    {
        var registered = await IntakeHttpTests.AssertRegisteredAsync(App, await App.Client.SendAsync(Multipart(ValidBody(Profile), [])));
        var row = (await Table(App, AppealTables.Appeals).GetEntityIfExistsAsync(IntakeHttpTests.AppealIdOf(registered), AppealTables.AppealRowKey(IntakeHttpTests.AppealIdOf(registered))))!;
        Assert.Equal(0, row.GetInt32("AttachmentCount"));
        Assert.Empty(AppealEntities.AttachmentsOf(row));
    }

    /// <summary>A valid PDF header and trailer padded with a comment to exactly <paramref name="size"/> bytes.</summary>
    internal static byte[] PdfOfSize(int size)
    {
        var head = Encoding.ASCII.GetBytes("%PDF-1.4\n%");
        var tail = Encoding.ASCII.GetBytes("\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        var bytes = new byte[size];
        head.CopyTo(bytes, 0);
        bytes.AsSpan(head.Length, size - head.Length - tail.Length).Fill((byte)'x');
        tail.CopyTo(bytes, size - tail.Length);
        return bytes;
    }
}
