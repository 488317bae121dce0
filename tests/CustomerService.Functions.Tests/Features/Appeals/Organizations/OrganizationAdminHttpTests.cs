using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Features.Appeals.Organizations.Editing;
using CustomerService.Functions.Features.Appeals.Registration;
using CustomerService.Functions.Platform.Storage.Documents;
using CustomerService.Functions.Platform.Storage.Tables;
using CustomerService.Functions.Tests.Platform.Storage;
using CustomerService.Functions.Tests.Support;
using Microsoft.AspNetCore.Builder;
using static CustomerService.Functions.Tests.Features.Appeals.AppealsHost;

namespace CustomerService.Functions.Tests.Features.Appeals.Organizations;

[Collection(AppealsCollection.Name)]
public sealed class OrganizationAdminHttpTests
{
    private const string Mupes = OrganizationIds.MupesDivnogorsk;
    private const string Path = "/api/admin/organizations/" + Mupes;

    /// <summary>Each app keeps its documents in a table of its own, so an edit here never reaches another test's app.</summary>
    private static Task<TestApp> StartAsync() => AppealsHost.StartAsync(Mupes, configure: OwnDocuments);

    internal static void OwnDocuments(WebApplicationBuilder builder)
    {
        var table = StorageTestAccount.UniqueName("docs");
        builder.Services.AddSingleton(provider => new DocumentStore(provider.GetRequiredService<TableServiceClient>(), provider.GetRequiredService<TimeProvider>(), new DocumentStoreOptions { TableName = table }));
    }

    [Fact]
    public async Task Administrators_read_the_shipped_profiles_with_the_shipped_etag()
    {
        await using var app = await StartAsync();
        var admin = await SignInAsync(app, "administrator");

        var list = await SendAsync(app, HttpMethod.Get, "/api/admin/organizations", admin);
        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.Equal(Mupes, list.Body["activeId"]!.GetValue<string>());
        Assert.Equal(OrganizationProfiles.All.Select(p => p.Id), list.Body["profiles"]!.AsArray().Select(p => p!["id"]!.GetValue<string>()));
        Assert.All(list.Body["profiles"]!.AsArray(), p => Assert.True(p!["shipped"]!.GetValue<bool>()));

        var one = await SendAsync(app, HttpMethod.Get, Path, admin);
        Assert.Equal("\"shipped\"", one.ETag);
        Assert.Equal(0, one.Body["version"]!.GetValue<int>());
        Assert.Equal("МУПЭС г. Дивногорска", one.Body["profile"]!["shortName"]!.GetValue<string>());
        Assert.Equal("working", one.Body["profile"]!["promises"]!["complaint"]!["dayType"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(app, HttpMethod.Get, "/api/admin/organizations/nowhere", admin)).Status);
    }

    [Fact]
    public async Task Only_administrators_may_read_or_edit()
    {
        await using var app = await StartAsync();
        var operatorToken = await SignInAsync(app, "operator");

        // A client of its own: sign-in sets a development cookie on the shared one.
        using var anonymous = new HttpClient { BaseAddress = app.Address };
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(Path)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(app, HttpMethod.Get, Path, operatorToken)).Status);
        var shipped = await ProfileAsync(app, await SignInAsync(app, "administrator"));
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(app, HttpMethod.Put, Path, operatorToken, shipped, "\"shipped\"")).Status);
    }

    [Fact]
    public async Task An_edit_needs_if_match_and_a_valid_profile_and_bad_ones_write_nothing()
    {
        await using var app = await StartAsync();
        var admin = await SignInAsync(app, "administrator");
        var profile = await ProfileAsync(app, admin);

        var withoutIfMatch = await SendAsync(app, HttpMethod.Put, Path, admin, profile);
        Assert.Equal(HttpStatusCode.PreconditionRequired, withoutIfMatch.Status);
        Assert.Equal("application/problem+json", withoutIfMatch.MediaType);

        var broken = profile.DeepClone().AsObject();
        broken["promises"]!["complaint"]!["days"] = 0;
        broken["promises"]!["claim"]!["dayType"] = "someDays";
        broken["acceptedChannels"] = new JsonArray("webForm", "pigeon");
        broken["timeZoneId"] = "Mars/Olympus";
        broken["billingAccountMinDigits"] = 12;
        broken["billingAccountMaxDigits"] = 6;
        broken["id"] = "tatenergosbyt";
        var invalid = await SendAsync(app, HttpMethod.Put, Path, admin, broken, "\"shipped\"");
        Assert.Equal(HttpStatusCode.BadRequest, invalid.Status);
        Assert.Equal("application/problem+json", invalid.MediaType);
        var errors = invalid.Body["errors"]!.AsObject();
        Assert.Equal(
            ["acceptedChannels[1]", "billingAccountMaxDigits", "id", "promises.claim.dayType", "promises.complaint.days", "timeZoneId"],
            errors.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Contains("pigeon", errors["acceptedChannels[1]"]![0]!.GetValue<string>(), StringComparison.Ordinal);

        var after = await SendAsync(app, HttpMethod.Get, Path, admin);
        Assert.Equal(("\"shipped\"", 0), (after.ETag, after.Body["version"]!.GetValue<int>()));
    }

    [Fact]
    public async Task A_saved_edit_takes_effect_on_the_next_registration_without_restart()
    {
        await using var app = await StartAsync();
        var admin = await SignInAsync(app, "administrator");
        var profile = await ProfileAsync(app, admin);
        var oldConsent = profile["consentTextVersion"]!.GetValue<string>();
        profile["consentTextVersion"] = "mupes-2027-1";
        profile["shortName"] = "МУПЭС Дивногорск";
        profile["promises"]!["complaint"]!["days"] = 20;

        var saved = await SendAsync(app, HttpMethod.Put, Path, admin, profile, "\"shipped\"");
        Assert.Equal(HttpStatusCode.OK, saved.Status);
        Assert.Equal((1, false), (saved.Body["version"]!.GetValue<int>(), saved.Body["shipped"]!.GetValue<bool>()));
        Assert.NotEqual("\"shipped\"", saved.ETag);
        Assert.Equal(saved.ETag, saved.Body["etag"]!.GetValue<string>());

        var body = ValidBody(OrganizationProfiles.Find(Mupes)!);
        var refused = await app.Client.SendAsync(Post("/api/appeals", body));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("consent.textVersion", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(oldConsent, body["consent"]!["textVersion"]!.GetValue<string>());

        body["consent"]!["textVersion"] = "mupes-2027-1";
        var created = await app.Client.SendAsync(Post("/api/appeals", body));
        var text = await created.Content.ReadAsStringAsync();
        Assert.True(created.StatusCode == HttpStatusCode.Created, text);
        Assert.StartsWith("20 рабочих дней", JsonNode.Parse(text)!["promiseBasis"]!.GetValue<string>(), StringComparison.Ordinal);

        var reread = await SendAsync(app, HttpMethod.Get, Path, admin);
        Assert.Equal((saved.ETag, "МУПЭС Дивногорск"), (reread.ETag, reread.Body["profile"]!["shortName"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_stale_etag_is_refused_with_412()
    {
        await using var app = await StartAsync();
        var admin = await SignInAsync(app, "administrator");
        var profile = await ProfileAsync(app, admin);
        profile["shortName"] = "Первая правка";
        var first = await SendAsync(app, HttpMethod.Put, Path, admin, profile, "\"shipped\"");
        Assert.Equal(HttpStatusCode.OK, first.Status);

        profile["shortName"] = "Вторая правка по старой версии";
        var fromShipped = await SendAsync(app, HttpMethod.Put, Path, admin, profile, "\"shipped\"");
        Assert.Equal(HttpStatusCode.PreconditionFailed, fromShipped.Status);
        Assert.Equal("application/problem+json", fromShipped.MediaType);
        var second = await SendAsync(app, HttpMethod.Put, Path, admin, profile, first.ETag);
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await SendAsync(app, HttpMethod.Put, Path, admin, profile, first.ETag)).Status);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await SendAsync(app, HttpMethod.Put, Path, admin, profile, "W/\"made-up\"")).Status);
        Assert.Equal(2, (await SendAsync(app, HttpMethod.Get, Path, admin)).Body["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task History_lists_every_version_and_revert_writes_an_old_one_as_new()
    {
        await using var app = await StartAsync();
        var admin = await SignInAsync(app, "administrator");
        var profile = await ProfileAsync(app, admin);
        var shippedName = profile["shortName"]!.GetValue<string>();
        profile["shortName"] = "Версия 1";
        var v1 = await SendAsync(app, HttpMethod.Put, Path, admin, profile, "\"shipped\"");
        profile["shortName"] = "Версия 2";
        var v2 = await SendAsync(app, HttpMethod.Put, Path, admin, profile, v1.ETag);

        var history = await SendAsync(app, HttpMethod.Get, Path + "/history", admin);
        Assert.Equal(HttpStatusCode.OK, history.Status);
        Assert.Equal([(2, "Версия 2", "dev-administrator"), (1, "Версия 1", "dev-administrator")], history.Body["versions"]!.AsArray()
            .Select(v => (v!["version"]!.GetValue<int>(), v["profile"]!["shortName"]!.GetValue<string>(), v["changedBy"]!.GetValue<string>())));

        Assert.Equal(HttpStatusCode.PreconditionRequired, (await SendAsync(app, HttpMethod.Post, Path + "/revert", admin, new JsonObject { ["version"] = 1 })).Status);
        var missing = await SendAsync(app, HttpMethod.Post, Path + "/revert", admin, new JsonObject { ["version"] = 9 }, v2.ETag);
        Assert.Equal(HttpStatusCode.BadRequest, missing.Status);
        Assert.NotNull(missing.Body["errors"]!["version"]);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await SendAsync(app, HttpMethod.Post, Path + "/revert", admin, new JsonObject { ["version"] = 1 }, v1.ETag)).Status);

        var reverted = await SendAsync(app, HttpMethod.Post, Path + "/revert", admin, new JsonObject { ["version"] = 1 }, v2.ETag);
        Assert.Equal(HttpStatusCode.OK, reverted.Status);
        Assert.Equal((3, "Версия 1"), (reverted.Body["version"]!.GetValue<int>(), reverted.Body["profile"]!["shortName"]!.GetValue<string>()));
        var toShipped = await SendAsync(app, HttpMethod.Post, Path + "/revert", admin, new JsonObject { ["version"] = 0 }, reverted.ETag);
        Assert.Equal((4, shippedName), (toShipped.Body["version"]!.GetValue<int>(), toShipped.Body["profile"]!["shortName"]!.GetValue<string>()));
        Assert.Equal(4, (await SendAsync(app, HttpMethod.Get, Path + "/history", admin)).Body["versions"]!.AsArray().Count);
    }

    [Fact]
    public async Task Registration_screening_takes_the_reply_languages_from_the_saved_profile()
    {
        const string tat = OrganizationIds.Tatenergosbyt;
        const string english = "Why is my electricity bill for October twice as high as the one for September?";
        await using var app = await AppealsHost.StartAsync(tat, configure: OwnDocuments);
        var admin = await SignInAsync(app, "administrator");
        Assert.Contains("unsupportedLanguage", await ScreenedGroundsAsync(app, english));

        var path = "/api/admin/organizations/" + tat;
        var profile = (await SendAsync(app, HttpMethod.Get, path, admin)).Body["profile"]!.AsObject();
        profile["replyLanguages"] = new JsonArray("ru", "tt", "en");
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(app, HttpMethod.Put, path, admin, profile, "\"shipped\"")).Status);

        Assert.DoesNotContain("unsupportedLanguage", await ScreenedGroundsAsync(app, english));
    }

    /// <summary>
    /// Registers an appeal with one question and screens it as registration's follow-up does, with this app's
    /// facts. (The follow-up itself may run in any test app polling the shared queue, each with its own profile.)
    /// </summary>
    private static async Task<string> ScreenedGroundsAsync(TestApp app, string question)
    {
        var body = ValidBody(OrganizationProfiles.Find(app.Services.GetRequiredService<ActiveOrganizationProfile>().Id)!);
        body["questions"] = new JsonArray(new JsonObject { ["text"] = question });
        var registered = await IntakeHttpTests.AssertRegisteredAsync(app, await app.Client.SendAsync(Post("/api/appeals", body)));
        var appeal = await Table(app, AppealTables.Appeals).GetEntityAsync(IntakeHttpTests.AppealIdOf(registered), AppealTables.AppealRowKey(IntakeHttpTests.AppealIdOf(registered)));
        var facts = await app.Services.GetRequiredService<RegistrationScreeningFacts>().GatherAsync(appeal, CancellationToken.None);
        return RegistrationScreening.Grounds(RegistrationScreening.Screen(appeal, facts)!);
    }

    internal static async Task<JsonObject> ProfileAsync(TestApp app, string admin) =>
        (await SendAsync(app, HttpMethod.Get, Path, admin)).Body["profile"]!.AsObject();

    internal sealed record Reply(HttpStatusCode Status, JsonNode Body, string? ETag, string? MediaType);

    internal static async Task<Reply> SendAsync(TestApp app, HttpMethod method, string path, string? bearer, JsonNode? body = null, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (bearer is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        if (body is not null) request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await app.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var etag = response.Headers.TryGetValues("ETag", out var values) ? values.Single() : null;
        return new Reply(response.StatusCode, text.Length > 0 ? JsonNode.Parse(text)! : new JsonObject(), etag, response.Content.Headers.ContentType?.MediaType);
    }
}
