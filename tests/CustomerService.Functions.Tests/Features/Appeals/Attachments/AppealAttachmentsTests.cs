using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CustomerService.Functions.Features.Appeals.Attachments;
using CustomerService.Functions.Platform.Security;
using CustomerService.Functions.Platform.Storage.Blobs;
using CustomerService.Functions.Platform.Storage.Blobs.Sas;
using CustomerService.Functions.Tests.Platform.Storage;
using CustomerService.Functions.Tests.Support;

namespace CustomerService.Functions.Tests.Features.Appeals.Attachments;

/// <summary>The store against a real Azurite, and the staff endpoints through the real app over HTTP.</summary>
public sealed class AppealAttachmentsTests
{
    private static readonly HttpClient Anonymous = new();

    private static AppealAttachments Store(TimeProvider time, out BlobServiceClient blobs)
    {
        blobs = new BlobServiceClient(StorageTestAccount.Connection);
        return new AppealAttachments(blobs, new BlobSasLinks(blobs, time), new AttachmentPolicy(new AttachmentOptions()), time);
    }

    private static string NewAppealId() => "appeal-" + Guid.NewGuid().ToString("N");

    private static async Task<IReadOnlyList<StoredAttachment>> SaveAsync(AppealAttachments store, string appealId, params (string Name, byte[] Content)[] files)
    {
        await using var batch = store.StartBatch();
        foreach (var (name, content) in files) Assert.True(await batch.AddAsync(name, null, new MemoryStream(content), default), string.Join(" ", batch.Problems));
        return await store.SaveAsync(appealId, batch, default);
    }

    [Fact]
    public async Task Save_then_list_describes_each_file_and_stores_it_under_ids_only()
    {
        var store = Store(TimeProvider.System, out var blobs);
        var appealId = NewAppealId();
        var big = new byte[5 * 1024 * 1024];
        "%PDF-1.7\n"u8.CopyTo(big);

        var saved = await SaveAsync(store, appealId, ("../../Счёт за май.pdf", SampleFiles.Pdf()), ("фото", SampleFiles.Jpeg()), ("большой.pdf", big));
        var listed = await store.ListAsync(appealId, default);

        Assert.Equal(saved.Select(s => s.Id), listed.Select(l => l.Id));
        Assert.Equal(["Счёт за май.pdf", "фото.jpg", "большой.pdf"], listed.Select(l => l.FileName));
        Assert.Equal(["application/pdf", "image/jpeg", "application/pdf"], listed.Select(l => l.ContentType));
        Assert.Equal(big.Length, listed[2].Size);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(SampleFiles.Jpeg())), listed[1].Sha256);
        var names = new List<string>();
        await foreach (var blob in blobs.GetBlobContainerClient(AppealAttachments.ContainerName).ListBlobsAsync(appealId + "/")) names.Add(blob.Name);
        Assert.Equal(saved.Select(s => $"{appealId}/{s.Id}"), names);
    }

    [Fact]
    public async Task Saving_again_overwrites_instead_of_duplicating()
    {
        var store = Store(TimeProvider.System, out _);
        var appealId = NewAppealId();

        await SaveAsync(store, appealId, ("a.pdf", SampleFiles.Pdf()));
        await SaveAsync(store, appealId, ("a.pdf", SampleFiles.Pdf()));

        Assert.Single(await store.ListAsync(appealId, default));
    }

    [Fact]
    public async Task A_batch_with_refused_files_is_never_stored()
    {
        var store = Store(TimeProvider.System, out _);
        var appealId = NewAppealId();
        await using var batch = store.StartBatch();
        await batch.AddAsync("ok.pdf", null, new MemoryStream(SampleFiles.Pdf()), default);
        await batch.AddAsync("virus.pdf", null, new MemoryStream(SampleFiles.WindowsExecutable()), default);

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.SaveAsync(appealId, batch, default));

        Assert.Empty(await store.ListAsync(appealId, default));
    }

    [Fact]
    public async Task Unknown_or_malformed_ids_find_nothing()
    {
        var store = Store(TimeProvider.System, out _);
        var appealId = NewAppealId();
        var saved = await SaveAsync(store, appealId, ("a.pdf", SampleFiles.Pdf()));

        Assert.Empty(await store.ListAsync(NewAppealId(), default));
        Assert.Null(await store.GetAsync(appealId, "01-000000000000", default));
        Assert.Null(await store.GetAsync(appealId, "../" + saved[0].Id, default));
        Assert.Null(await store.GetDownloadLinkAsync("../" + appealId, saved[0].Id, default));
    }

    [Fact]
    public async Task Download_link_works_read_only_with_the_original_name_and_expires()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        var store = Store(clock, out _);
        var appealId = NewAppealId();
        var saved = await SaveAsync(store, appealId, ("Акт сверки.pdf", SampleFiles.Pdf()));

        var link = (await store.GetDownloadLinkAsync(appealId, saved[0].Id, default))!;
        using (var response = await Anonymous.GetAsync(link))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(SampleFiles.Pdf(), await response.Content.ReadAsByteArrayAsync());
            Assert.Equal("Акт сверки.pdf", response.Content.Headers.ContentDisposition?.FileNameStar);
        }
        Assert.Equal("r", System.Web.HttpUtility.ParseQueryString(link.Query)["sp"]);

        // A link issued six minutes ago has expired: links live five minutes by default.
        clock.AdvanceTo(DateTimeOffset.UtcNow - TimeSpan.FromMinutes(6));
        var old = (await store.GetDownloadLinkAsync(appealId, saved[0].Id, default))!;
        using var expired = await Anonymous.GetAsync(old);
        Assert.Equal(HttpStatusCode.Forbidden, expired.StatusCode);
    }

    [Fact]
    public async Task Staff_list_and_download_through_the_app_return_the_same_bytes()
    {
        await using var app = await StartAppAsync();
        var appealId = NewAppealId();
        var docx = SampleFiles.Docx();
        var saved = await SaveAsync(app.Services.GetRequiredService<AppealAttachments>(), appealId, ("Договор №5.docx", docx));
        using var staff = await SignedInClientAsync(app, "executor");

        var list = JsonDocument.Parse(await staff.GetStringAsync($"/api/staff/appeals/{appealId}/attachments")).RootElement;
        var item = Assert.Single(list.EnumerateArray());
        Assert.Equal(saved[0].Id, item.GetProperty("id").GetString());
        Assert.Equal("Договор №5.docx", item.GetProperty("fileName").GetString());
        Assert.Equal(docx.Length, item.GetProperty("size").GetInt64());

        // Default delivery: 302 to a SAS link, followed by the client.
        using var redirected = await staff.GetAsync($"/api/staff/appeals/{appealId}/attachments/{saved[0].Id}");
        Assert.Equal(HttpStatusCode.OK, redirected.StatusCode);
        Assert.Equal(docx, await redirected.Content.ReadAsByteArrayAsync());
        Assert.Equal("Договор №5.docx", redirected.Content.Headers.ContentDisposition?.FileNameStar);

        using var streamed = await staff.GetAsync($"/api/staff/appeals/{appealId}/attachments/{saved[0].Id}?delivery=stream");
        Assert.Equal(HttpStatusCode.OK, streamed.StatusCode);
        Assert.Equal(docx, await streamed.Content.ReadAsByteArrayAsync());
        Assert.Equal(AttachmentType.Docx.ContentType, streamed.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Договор №5.docx", streamed.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("nosniff", streamed.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Download_answers_with_a_short_lived_redirect_that_is_not_cached()
    {
        await using var app = await StartAppAsync();
        var appealId = NewAppealId();
        var saved = await SaveAsync(app.Services.GetRequiredService<AppealAttachments>(), appealId, ("a.png", SampleFiles.Png()));
        using var staff = await SignedInClientAsync(app, "operator", followRedirects: false);

        using var response = await staff.GetAsync($"/api/staff/appeals/{appealId}/attachments/{saved[0].Id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var query = System.Web.HttpUtility.ParseQueryString(response.Headers.Location!.Query);
        Assert.Equal("r", query["sp"]);
        var expires = DateTimeOffset.Parse(query["se"]!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(expires - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(5.5));
    }

    [Fact]
    public async Task Anonymous_callers_get_401_and_unknown_attachments_404()
    {
        await using var app = await StartAppAsync();
        var appealId = NewAppealId();
        var saved = await SaveAsync(app.Services.GetRequiredService<AppealAttachments>(), appealId, ("a.pdf", SampleFiles.Pdf()));

        await AssertProblemAsync(await app.Client.GetAsync($"/api/staff/appeals/{appealId}/attachments"), 401);
        await AssertProblemAsync(await app.Client.GetAsync($"/api/staff/appeals/{appealId}/attachments/{saved[0].Id}"), 401);
        await AssertProblemAsync(await app.Client.GetAsync($"/api/staff/appeals/{appealId}/attachments/{saved[0].Id}?delivery=stream"), 401);

        using var staff = await SignedInClientAsync(app, "head-of-unit");
        await AssertProblemAsync(await staff.GetAsync($"/api/staff/appeals/{appealId}/attachments/01-000000000000"), 404);
        await AssertProblemAsync(await staff.GetAsync($"/api/staff/appeals/{appealId}/attachments/01-000000000000?delivery=stream"), 404);
        await AssertProblemAsync(await staff.GetAsync($"/api/staff/appeals/{appealId}/attachments/..%2F..%2Fx"), 404);
    }

    private static Task<TestApp> StartAppAsync() => TestApp.StartAsync(new Dictionary<string, string?>
    {
        ["AzureWebJobsStorage"] = Azurite.ConnectionString,
        [SecuritySettings.StaffIdentity] = StaffIdentitySources.DevelopmentSignIn,
    });

    /// <summary>Signs in with the development sign-in (docs/security.md) and returns a client carrying the bearer token.</summary>
    private static async Task<HttpClient> SignedInClientAsync(TestApp app, string user, bool followRedirects = true)
    {
        using var signIn = await app.Client.PostAsJsonAsync("/api/dev/sign-in", new { user });
        signIn.EnsureSuccessStatusCode();
        var token = JsonDocument.Parse(await signIn.Content.ReadAsStringAsync()).RootElement.GetProperty("accessToken").GetString();
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = followRedirects, UseCookies = false }) { BaseAddress = app.Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, int status)
    {
        using (response)
        {
            Assert.Equal(status, (int)response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }
}
