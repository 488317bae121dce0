using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using CustomerService.Functions.Features.Appeals.Intake;
using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Features.Appeals.Registration;
using CustomerService.Functions.Tests.Support;
using static CustomerService.Functions.Tests.Features.Appeals.AppealsHost;

namespace CustomerService.Functions.Tests.Features.Appeals;

/// <summary>One app per shipped profile, started once for the class (they share Azurite).</summary>
public sealed class AppealsApps : IAsyncLifetime
{
    private readonly Dictionary<string, TestApp> _apps = [];
    private readonly Dictionary<string, string> _tokens = [];

    public TestApp this[string organization] => _apps[organization];
    public string OperatorToken(string organization) => _tokens[organization];

    public async Task InitializeAsync()
    {
        foreach (var profile in OrganizationProfiles.All)
        {
            _apps[profile.Id] = await StartAsync(profile.Id);
            _tokens[profile.Id] = await SignInAsync(_apps[profile.Id], "operator");
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var app in _apps.Values) await app.DisposeAsync();
    }
}

[Collection(AppealsCollection.Name)]
public sealed class IntakeHttpTests(AppealsApps apps) : IClassFixture<AppealsApps>
{
    private const string Mupes = "mupes-divnogorsk";
    private static OrganizationProfile Profile(string id) => OrganizationProfiles.Find(id)!;

    public static TheoryData<string> Kinds() => [.. Enum.GetValues<AppealKind>().Select(WireEnum<AppealKind>.Name)];
    public static TheoryData<string> ApplicantKinds() => [.. Enum.GetValues<ApplicantKind>().Select(WireEnum<ApplicantKind>.Name)];
    public static TheoryData<string> Channels() => [.. Enum.GetValues<Channel>().Select(WireEnum<Channel>.Name)];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Every_kind_registers_from_the_website_with_its_promise(string kind)
    {
        var app = apps[Mupes];
        var response = await app.Client.SendAsync(Post("/api/appeals", ValidBody(Profile(Mupes), kind)));

        var body = await AssertRegisteredAsync(app, response);
        Assert.Matches("^[0-9]+-ФЛ$", body.GetProperty("registrationNumber").GetString());
        Assert.Contains("рабоч", body.GetRawText());
        var promise = Profile(Mupes).Promises[Enum.Parse<AppealKind>(kind, ignoreCase: true)];
        var registeredAt = body.GetProperty("registeredAt").GetDateTimeOffset();
        var calendar = CustomerService.Functions.Features.Deadlines.Calendars.ShippedCalendars.For(Profile(Mupes)); // holidays count (issue #4)
        Assert.Equal(PromiseCalculator.Basis(promise, calendar, registeredAt), body.GetProperty("promiseBasis").GetString());
        Assert.Equal(PromiseCalculator.PromisedBy(registeredAt, calendar, promise), DateOnly.Parse(body.GetProperty("promisedBy").GetString()!));
    }

    [Theory]
    [MemberData(nameof(ApplicantKinds))]
    public async Task Every_applicant_kind_registers_with_its_code_at_001(string applicantKind)
    {
        var app = apps[Mupes];
        var body = await AssertRegisteredAsync(app, await app.Client.SendAsync(Post("/api/appeals", ValidBody(Profile(Mupes), applicantKind: applicantKind))));
        var code = RegistrationNumberFormat.SequenceWithApplicantCode.Code(Enum.Parse<ApplicantKind>(applicantKind, ignoreCase: true));
        Assert.EndsWith("-" + code, body.GetProperty("registrationNumber").GetString());
    }

    [Theory]
    [MemberData(nameof(Channels))]
    public async Task Every_channel_registers_through_its_door_at_an_organization_that_accepts_it(string channelName)
    {
        var channel = Enum.Parse<Channel>(channelName, ignoreCase: true);
        var profile = OrganizationProfiles.All.First(p => p.AcceptedChannels.Contains(channel));
        var app = apps[profile.Id];
        var body = ValidBody(profile, channel: channelName);
        var request = channel switch
        {
            Channel.WebForm => Post("/api/appeals", body),
            Channel.ChatBot or Channel.CustomerPortal or Channel.MobileApp or Channel.Messenger => Post("/api/appeals/from-partner", body, functionsKey: PartnerKey),
            _ => Post("/api/staff/appeals", body, bearer: apps.OperatorToken(profile.Id)),
        };

        var registered = await AssertRegisteredAsync(app, await app.Client.SendAsync(request));

        var stored = await Table(app, "Appeals").GetEntityAsync(AppealIdOf(registered), AppealTables.AppealRowKey(AppealIdOf(registered)));
        Assert.Equal(channelName, stored.GetString("Channel"));
        Assert.Equal(profile.Id, stored.GetString("Organization"));
    }

    [Fact]
    public async Task Partner_and_staff_doors_refuse_callers_without_their_credentials()
    {
        var app = apps["tatenergosbyt"];
        // A client of its own: the fixture's client holds the operator's sign-in cookie.
        using var client = new HttpClient { BaseAddress = app.Address };
        var body = ValidBody(Profile("tatenergosbyt"), channel: "chatBot");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(Post("/api/appeals/from-partner", body))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(Post("/api/appeals/from-partner", body, functionsKey: PartnerKey + "x"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(Post("/api/staff/appeals", ValidBody(Profile("tatenergosbyt"), channel: "post")))).StatusCode);
        var executor = await SignInAsync(app, "executor");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(Post("/api/staff/appeals", ValidBody(Profile("tatenergosbyt"), channel: "post"), bearer: executor))).StatusCode);
    }

    [Fact]
    public async Task Acknowledgement_reaches_the_outbox_in_the_applicants_language_without_other_personal_data()
    {
        var app = apps["tatenergosbyt"];
        var body = ValidBody(Profile("tatenergosbyt"), language: "tt");
        var registered = await AssertRegisteredAsync(app, await app.Client.SendAsync(Post("/api/appeals", body)));
        var number = registered.GetProperty("registrationNumber").GetString()!;
        Assert.Matches(@"^\d{4}-\d{6}$", number);

        var message = await WaitForOutboxMessageAsync(app, apps.OperatorToken("tatenergosbyt"), number);

        Assert.Equal("email", message.GetProperty("channel").GetString());
        Assert.Equal("ivanova@example.ru", message.GetProperty("to").GetString());
        Assert.Equal("tt", message.GetProperty("language").GetString());
        Assert.Equal("pending", message.GetProperty("state").GetString());
        var text = message.GetProperty("body").GetString()!;
        Assert.StartsWith("Исәнмесез, Мария Петровна!", text);
        Assert.Contains(number, text);
        Assert.Contains(DateOnly.Parse(registered.GetProperty("promisedBy").GetString()!).ToString("dd.MM.yyyy"), text);
        Assert.Contains(registered.GetProperty("statusUrl").GetString()!, text);
        foreach (var personal in new[] { "Иванова", "ivanova@", "913", "Заводская", "0012345678" }) Assert.DoesNotContain(personal, text);

        var journal = await Table(app, "AppealJournal").GetEntityAsync($"tatenergosbyt-{DateTime.UtcNow:yyyyMM}", number[5..].PadLeft(10, '0'));
        Assert.Equal(number, journal.GetString("RegistrationNumber"));
        Assert.Equal("Иванова Мария Петровна", journal.GetString("ApplicantName"));
    }

    [Fact]
    public async Task Idempotency_key_replays_the_first_answer_and_refuses_a_different_body()
    {
        var app = apps[Mupes];
        var key = Guid.NewGuid().ToString();
        var body = ValidBody(Profile(Mupes));
        var first = await app.Client.SendAsync(Post("/api/appeals", body, key));
        var firstJson = await first.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.False(first.Headers.Contains("Idempotent-Replayed"));
        var before = await StoredStateAsync(app, Mupes);

        var again = await app.Client.SendAsync(Post("/api/appeals", body, key));

        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal("true", again.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(firstJson, await again.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.Location, again.Headers.Location);

        body["questions"]!.AsArray().Add(new JsonObject { ["text"] = "И ещё один вопрос" });
        var different = await app.Client.SendAsync(Post("/api/appeals", body, key));
        var problem = await ReadProblemAsync(different, 422);
        Assert.Equal(IntakeTexts.IdempotencyMismatch, problem.GetProperty("detail").GetString());
        // No appeal is added; the replay and the refused request each took a number before their
        // transaction found the appeal (gaps, docs/appeals.md), unless other tests' appeals moved the counter too.
        var after = await StoredStateAsync(app, Mupes);
        Assert.Equal(before.AppealRows, after.AppealRows);
        Assert.True(after.Counter >= before.Counter + 2, $"counter {before.Counter} → {after.Counter}");
    }

    public static TheoryData<string, string, string> BadInputs() => new()
    {
        { """{"kind": "complaint", """, "$", "Тело запроса не является корректным JSON" },
        { Replace("\"complaint\"", "\"complaintt\""), "kind", "Недопустимое значение. Допустимые значения: informationRequest, serviceRequest, complaint, claim, proposal, review." },
        { Replace("\"accepted\":true", "\"accepted\":false"), "consent.accepted", "Необходимо согласие на обработку персональных данных" },
        { Replace("\"lastName\":\"Иванова\",", ""), "applicant.lastName", "Укажите фамилию." },
        { Replace("0012345678", "12-34"), "applicant.billingAccount", "Лицевой счёт состоит из 6–12 цифр." },
        { Replace("ivanova@example.ru", "ivanova@"), "applicant.email", "Неверный формат адреса электронной почты." },
        { Replace("8 (913) 123-45-67", "12345"), "applicant.phone", IntakeTexts.PhoneFormat },
        { Replace("Почему счёт за октябрь вдвое больше?", new string('я', 5001)), "questions[0].text", "Не более 5000 символов." },
        { Replace("Почему счёт за октябрь вдвое больше?", "<script>alert(document.cookie)</script>"), "questions[0].text", IntakeTexts.Markup },
        { Replace("Почему счёт за октябрь вдвое больше?", "звонок\\u0007"), "questions[0].text", IntakeTexts.ControlCharacters },
        { Replace("\"language\":\"ru\"", "\"language\":\"tt\""), "preferredReply.language", "Ответ на этом языке не предоставляется. Доступные языки: ru." },
        { Replace("\"channel\":null", "\"channel\":\"chatBot\""), "channel", IntakeTexts.WebsiteChannelOnly },
        { Replace("\"outgoingDate\":\"2026-01-15\"", "\"outgoingDate\":\"15.01.2026\""), "applicant.outgoingDate", "Неверный формат значения." },
        { """{"kind":"complaint","questions":"одна строка"}""", "questions", "Неверный формат значения." },
    };

    private static string Replace(string from, string to)
    {
        var json = ValidBody(Profile(Mupes)).ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Contains(from, json);
        return json.Replace(from, to, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_is_a_400_with_a_Russian_field_message_and_stores_nothing(string json, string field, string message)
    {
        var app = apps[Mupes];
        var before = await StoredStateAsync(app, Mupes);

        var response = await app.Client.SendAsync(PostRaw("/api/appeals", json, Guid.NewGuid().ToString()));

        var problem = await ReadProblemAsync(response, 400);
        Assert.Equal("Запрос содержит ошибки.", problem.GetProperty("title").GetString());
        Assert.StartsWith(message, problem.GetProperty("errors").GetProperty(field)[0].GetString());
        Assert.Equal(before, await StoredStateAsync(app, Mupes));
    }

    [Fact]
    public async Task Not_json_a_malformed_idempotency_key_and_an_oversized_body_are_refused_before_anything_is_stored()
    {
        var app = apps[Mupes];
        var before = await StoredStateAsync(app, Mupes);
        await ReadProblemAsync(await app.Client.SendAsync(PostRaw("/api/appeals", "kind=complaint", mediaType: "application/x-www-form-urlencoded")), 415);
        var badKey = await ReadProblemAsync(await app.Client.SendAsync(Post("/api/appeals", ValidBody(Profile(Mupes)), new string('k', 101))), 400);
        Assert.Equal(IntakeTexts.IdempotencyKeyFormat, badKey.GetProperty("errors").GetProperty("Idempotency-Key")[0].GetString());
        var huge = ValidBody(Profile(Mupes));
        huge["questions"]![0]!["text"] = new string('я', 300_000);
        if (await SendOversizedAsync(app, Post("/api/appeals", huge)) is { } tooLarge) await ReadProblemAsync(tooLarge, 413);
        Assert.Equal(before, await StoredStateAsync(app, Mupes));
    }

    /// <summary>
    /// Sends a body the server refuses by its length. Kestrel answers 413 without reading the body and
    /// may close the connection while the client is still writing it; under load the client then sees
    /// a reset ("Broken pipe") instead of the answer. <c>Expect: 100-continue</c> makes that rare (the
    /// client waits for the server before sending the body); when it still happens, there is no response
    /// to check — null — and the caller checks only that nothing was stored.
    /// </summary>
    internal static async Task<HttpResponseMessage?> SendOversizedAsync(TestApp app, HttpRequestMessage request)
    {
        request.Headers.ExpectContinue = true;
        try
        {
            return await app.Client.SendAsync(request);
        }
        catch (HttpRequestException e) when (IsConnectionReset(e))
        {
            return null;
        }
    }

    private static bool IsConnectionReset(Exception e)
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.ConnectionReset or System.Net.Sockets.SocketError.Shutdown or System.Net.Sockets.SocketError.ConnectionAborted }) return true;
            if (inner is IOException && inner.Message.Contains("Broken pipe", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    [Fact]
    public async Task Status_answers_the_right_code_and_gives_one_404_for_a_wrong_code_or_number()
    {
        var app = apps[Mupes];
        var registered = await AssertRegisteredAsync(app, await app.Client.SendAsync(Post("/api/appeals", ValidBody(Profile(Mupes)))));
        var statusUrl = registered.GetProperty("statusUrl").GetString()!;
        var number = registered.GetProperty("registrationNumber").GetString()!;

        var statusText = await app.Client.GetStringAsync(statusUrl);
        Assert.Contains($"\"registrationNumber\":\"{number}\"", statusText); // Cyrillic as text, not \u escapes
        var status = JsonDocument.Parse(statusText).RootElement;
        Assert.Equal(number, status.GetProperty("registrationNumber").GetString());
        Assert.Equal("registered", status.GetProperty("status").GetString());
        Assert.Equal(registered.GetProperty("promisedBy").GetString(), status.GetProperty("promisedBy").GetString());
        Assert.Equal(["promisedBy", "registeredAt", "registrationNumber", "status"], status.EnumerateObject().Select(p => p.Name).Order());

        var code = statusUrl[(statusUrl.IndexOf("code=", StringComparison.Ordinal) + 5)..];
        var wrongCode = statusUrl.Replace(code, code[..10] + (code[10] == 'A' ? 'B' : 'A') + code[11..], StringComparison.Ordinal);
        var wrongNumber = statusUrl.Replace(Uri.EscapeDataString(number), Uri.EscapeDataString("1" + number), StringComparison.Ordinal);
        var otherKey = $"/api/appeals/{Uri.EscapeDataString(number)}/status?code=" + new CustomerService.Functions.Features.Appeals.Status.AccessCodes("another-status-code-key-0123456789abcd"u8.ToArray()).Create(AppealIdOf(registered));
        var answers = new List<string>();
        foreach (var url in new[] { wrongCode, wrongNumber, otherKey, $"/api/appeals/{Uri.EscapeDataString(number)}/status" })
        {
            var problem = await ReadProblemAsync(await app.Client.GetAsync(url), 404);
            answers.Add(problem.GetProperty("detail").GetString()!);
        }
        Assert.Single(answers.Distinct());
    }

    [Fact]
    public async Task Public_intake_is_rate_limited_per_client()
    {
        await using var app = await StartAsync(Mupes, permitLimit: 2);
        for (var i = 0; i < 2; i++) Assert.Equal(HttpStatusCode.BadRequest, (await app.Client.SendAsync(PostRaw("/api/appeals", "{}"))).StatusCode);

        var limited = await app.Client.SendAsync(PostRaw("/api/appeals", "{}"));

        await ReadProblemAsync(limited, 429);
        Assert.True(limited.Headers.Contains("Retry-After"));
    }

    internal static async Task<JsonElement> AssertRegisteredAsync(TestApp app, HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {text}");
        var body = JsonDocument.Parse(text).RootElement;
        Assert.Equal("registered", body.GetProperty("status").GetString());
        var statusUrl = body.GetProperty("statusUrl").GetString()!;
        Assert.Equal(statusUrl, response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await app.Client.GetAsync(statusUrl)).StatusCode);
        return body;
    }

    internal static string AppealIdOf(JsonElement registered)
    {
        var url = registered.GetProperty("statusUrl").GetString()!;
        var code = url[(url.IndexOf("code=", StringComparison.Ordinal) + 5)..];
        return new CustomerService.Functions.Features.Appeals.Status.AccessCodes(System.Text.Encoding.UTF8.GetBytes(StatusKey)).Verify(code)!;
    }

    internal static async Task<JsonElement> ReadProblemAsync(HttpResponseMessage response, int status)
    {
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(status, body.GetProperty("status").GetInt32());
        return body;
    }
}
