using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CustomerService.Functions.Features.Appeals.Journal;
using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Features.Appeals.Outbox;
using CustomerService.Functions.Features.Appeals.Registration;
using CustomerService.Functions.Platform.Storage.Tables;
using CustomerService.Functions.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using static CustomerService.Functions.Tests.Features.Appeals.AppealsHost;

namespace CustomerService.Functions.Tests.Features.Appeals.Journal;

/// <summary>
/// Appeals registered over HTTP, projected by the real <c>AppealRegistered</c> queue function,
/// then queried and exported over HTTP. Rows of other tests share the Azurite, so every query
/// carries this run's marker as free text (which also exercises the free-text filter).
/// </summary>
[Collection(AppealsCollection.Name)]
public sealed class JournalHttpTests(JournalHttpTests.Fixture fixture) : IClassFixture<JournalHttpTests.Fixture>
{
    private const string Injection = "=HYPERLINK(\"http://evil.example\",\"Нажми\")";

    public sealed class Fixture : IAsyncLifetime
    {
        public TestApp App { get; private set; } = null!;
        public string Staff { get; private set; } = null!;
        public string Marker { get; } = "ЖР" + Guid.NewGuid().ToString("N")[..8];
        public Dictionary<string, string> Numbers { get; } = [];
        private readonly Dictionary<string, string> _appealIds = [];
        public string From { get; private set; } = "";
        public string To { get; private set; } = "";

        public async Task InitializeAsync()
        {
            App = await StartAsync(OrganizationIds.MupesDivnogorsk);
            Staff = await SignInAsync(App, "operator");
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Profile.TimeZone).DateTime);
            (From, To) = (Day(today.AddDays(-1)), Day(today.AddDays(1)));
            // In this order, so number order is A, B, C, D.
            await RegisterAsync("A", "complaint", "individual", null, $"{Injection} {Marker} счёт вдвое больше");
            await RegisterAsync("B", "claim", "legalEntity", null, $"{Marker} претензия по договору");
            await RegisterAsync("C", "informationRequest", "group", "phone", $"{Marker} вопрос о тарифе");
            await RegisterAsync("D", "proposal", "individual", "post", $"{Marker} предложение");
            await WaitForJournalAsync();
            await SimulateWorkflowAsync();
        }

        public Task DisposeAsync() => App.DisposeAsync().AsTask();

        private static OrganizationProfile Profile => OrganizationProfiles.Find(OrganizationIds.MupesDivnogorsk)!;

        private async Task RegisterAsync(string name, string kind, string applicantKind, string? channel, string question)
        {
            var body = ValidBody(Profile, kind, applicantKind, channel);
            body["questions"] = new JsonArray(new JsonObject { ["text"] = question });
            var request = channel is null ? Post("/api/appeals", body) : Post("/api/staff/appeals", body, bearer: Staff);
            var registered = await IntakeHttpTests.AssertRegisteredAsync(App, await App.Client.SendAsync(request));
            Numbers[name] = registered.GetProperty("registrationNumber").GetString()!;
            _appealIds[name] = IntakeHttpTests.AppealIdOf(registered);
        }

        /// <summary>The queue function projects asynchronously: poll the API until all four rows show.</summary>
        private async Task WaitForJournalAsync()
        {
            await Eventually.UntilAsync(
                async () => (await GetJsonAsync(App, Staff, $"/api/staff/journal?from={From}&to={To}&q={Uri.EscapeDataString(Marker)}")).GetProperty("total").GetInt32() >= 4,
                "The journal rows were not projected.", pollMilliseconds: 200);
        }

        /// <summary>
        /// What the workflow's journal update will write (Ст.6–Ст.11): written here straight to
        /// the row under the property names of <see cref="JournalRow"/>, because the journal only reads.
        /// </summary>
        private async Task SimulateWorkflowAsync()
        {
            var journal = Table(App, AppealTables.Journal);
            var a = await RowAsync(journal, "A");
            a["Status"] = "assigned";
            a[JournalRow.Classification] = "tariffs";
            a[JournalRow.AssigneeId] = "executor";
            a[JournalRow.AssigneeName] = "Петров Пётр Петрович, инженер";
            a[JournalRow.Unit] = "otdelenie-1";
            a[JournalRow.AnsweredAt] = new DateTimeOffset(2026, 3, 10, 3, 0, 0, TimeSpan.Zero);
            a[JournalRow.Notes] = "Выполнен перерасчёт.";
            a[JournalRow.ResolvedInFavourOf] = "потребителя";
            await journal.UpdateEntityAsync(a, a.ETag);
            var b = await RowAsync(journal, "B");
            b["PromisedBy"] = Day(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3));
            b[JournalRow.Classification] = "powerQuality";
            b[JournalRow.Unit] = "filial";
            await journal.UpdateEntityAsync(b, b.ETag);
        }

        private async Task<TableEntity> RowAsync(TableClient journal, string name)
        {
            await foreach (var row in journal.QueryAsync(TableFilter.Equal("AppealId", _appealIds[name]))) return row;
            throw new InvalidOperationException($"No journal row for {name}.");
        }
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<JsonElement> GetJsonAsync(TestApp app, string token, string path)
    {
        var response = await SendAsync(app, token, path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static Task<HttpResponseMessage> SendAsync(TestApp app, string? token, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return app.Client.SendAsync(request);
    }

    private string Path(string extra, string endpoint = "/api/staff/journal") =>
        $"{endpoint}?from={fixture.From}&to={fixture.To}&q={Uri.EscapeDataString(fixture.Marker)}{extra}";

    private async Task<string[]> NamesAsync(string extra)
    {
        var body = await GetJsonAsync(fixture.App, fixture.Staff, Path(extra));
        return [.. body.GetProperty("items").EnumerateArray().Select(i => fixture.Numbers.Single(n => n.Value == i.GetProperty("registrationNumber").GetString()).Key)];
    }

    [Theory]
    [InlineData("", "A,B,C,D")]
    [InlineData("&status=assigned", "A")]
    [InlineData("&status=registered", "B,C,D")]
    [InlineData("&kind=complaint,claim", "A,B")]
    [InlineData("&channel=phone", "C")]
    [InlineData("&channel=webForm&channel=post", "A,B,D")]
    [InlineData("&classification=tariffs", "A")]
    [InlineData("&classification=powerQuality,tariffs", "A,B")]
    [InlineData("&applicantKind=group", "C")]
    [InlineData("&applicantKind=individual", "A,D")]
    [InlineData("&assignee=executor", "A")]
    [InlineData("&unit=filial", "B")]
    [InlineData("&overdue=true", "B")]
    [InlineData("&overdue=false", "A,C,D")]
    [InlineData("&kind=complaint&classification=powerQuality", "")]
    [InlineData("&sort=number&order=desc", "D,C,B,A")]
    [InlineData("&sort=kind&order=desc", "D,C,A,B")]
    [InlineData("&sort=kind", "B,A,C,D")]
    [InlineData("&sort=status", "A,B,C,D")]
    public async Task Each_filter_and_order_returns_exactly_the_expected_rows(string extra, string expected)
    {
        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries), await NamesAsync(extra));
    }

    [Fact]
    public async Task Free_text_finds_the_summary_and_rows_carry_every_journal_column()
    {
        var body = await GetJsonAsync(fixture.App, fixture.Staff, Path("") + Uri.EscapeDataString(" вопрос о тарифе"));
        var item = Assert.Single(body.GetProperty("items").EnumerateArray());
        Assert.Equal(fixture.Numbers["C"], item.GetProperty("registrationNumber").GetString());
        Assert.EndsWith("-ГЛ", item.GetProperty("registrationNumber").GetString());

        var a = (await GetJsonAsync(fixture.App, fixture.Staff, Path("&assignee=executor"))).GetProperty("items")[0];
        Assert.Equal("Т", a.GetProperty("classificationCode").GetString());
        Assert.Equal("Петров Пётр Петрович, инженер", a.GetProperty("assigneeName").GetString());
        Assert.Equal("Иванова Мария Петровна", a.GetProperty("applicantName").GetString());
        Assert.False(a.GetProperty("overdue").GetBoolean());
        var b = (await GetJsonAsync(fixture.App, fixture.Staff, Path("&unit=filial"))).GetProperty("items")[0];
        Assert.True(b.GetProperty("overdue").GetBoolean());
        Assert.Equal("ТСЖ «Берёзка»", b.GetProperty("applicantName").GetString());
    }

    [Fact]
    public async Task Pages_follow_the_continuation_token_which_only_works_for_its_own_query()
    {
        var first = await GetJsonAsync(fixture.App, fixture.Staff, Path("&sort=number&pageSize=3"));
        Assert.Equal(4, first.GetProperty("total").GetInt32());
        Assert.Equal(3, first.GetProperty("items").GetArrayLength());
        var token = Uri.EscapeDataString(first.GetProperty("continuationToken").GetString()!);

        var second = await GetJsonAsync(fixture.App, fixture.Staff, Path($"&sort=number&pageSize=3&continuationToken={token}"));
        Assert.Equal(fixture.Numbers["D"], Assert.Single(second.GetProperty("items").EnumerateArray()).GetProperty("registrationNumber").GetString());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("continuationToken").ValueKind);

        var replayed = await SendAsync(fixture.App, fixture.Staff, Path($"&sort=number&order=desc&pageSize=3&continuationToken={token}"));
        await AssertProblemAsync(replayed, "continuationToken");
    }

    [Theory]
    [InlineData("&pageSize=201", "pageSize")]
    [InlineData("&pageSize=0", "pageSize")]
    [InlineData("&status=lost", "status")]
    [InlineData("&classification=КЭ", "classification")]
    [InlineData("&overdue=1", "overdue")]
    [InlineData("&sort=name", "sort")]
    [InlineData("&to=2020-01-01", "to")]
    [InlineData("&continuationToken=garbage", "continuationToken")]
    public async Task Bad_parameters_are_a_problem_with_a_message_per_parameter(string extra, string parameter)
    {
        await AssertProblemAsync(await SendAsync(fixture.App, fixture.Staff, Path(extra)), parameter);
    }

    [Fact]
    public async Task Only_staff_read_the_journal()
    {
        using var anonymous = new HttpClient { BaseAddress = fixture.App.Address };
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(Path(""))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(Path("&format=csv", "/api/staff/journal/export"))).StatusCode);
    }

    [Fact]
    public async Task Csv_export_is_excel_ready_and_neutralises_the_formula()
    {
        var response = await SendAsync(fixture.App, fixture.Staff, Path("&format=csv&sort=number", "/api/staff/journal/export"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal($"Журнал жалоб {fixture.From} — {fixture.To}.csv", disposition.FileNameStar);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(';', ComplaintJournalForm.Columns.Select(c => c.Header)), lines[0]);
        Assert.Equal(5, lines.Length);
        Assert.StartsWith(fixture.Numbers["A"] + ";", lines[1]);
        Assert.Contains(";\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Нажми\"\")", lines[1]);
        Assert.Contains(";Т;Петров Пётр Петрович, инженер;10.03.2026;;;Выполнен перерасчёт. Решено в пользу: потребителя", lines[1].Replace("\"", ""));
    }

    [Fact]
    public async Task Xlsx_export_opens_with_the_eleven_headers_dates_and_the_formula_as_text()
    {
        var response = await SendAsync(fixture.App, fixture.Staff, Path("&format=xlsx&sort=number", "/api/staff/journal/export"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(JournalXlsx.ContentType, response.Content.Headers.ContentType!.MediaType);
        Assert.EndsWith(".xlsx", response.Content.Headers.ContentDisposition!.FileNameStar);

        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = SpreadsheetDocument.Open(stream, false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var rows = sheet.Descendants<Row>().ToList();
        Assert.Equal(5, rows.Count);
        Assert.Equal(ComplaintJournalForm.Columns.Select(c => c.Header), rows[0].Elements<Cell>().Select(c => c.InnerText));
        Assert.Equal("№", rows[0].Elements<Cell>().First().InnerText);
        Assert.Equal("Примечание", rows[0].Elements<Cell>().Last().InnerText);

        var a = rows[1].Elements<Cell>().ToDictionary(c => c.CellReference!.Value![..1]);
        Assert.Equal(fixture.Numbers["A"], a["A"].InnerText);
        Assert.Null(a["B"].DataType);
        var registered = DateTime.FromOADate(double.Parse(a["B"].CellValue!.Text, CultureInfo.InvariantCulture));
        Assert.InRange(registered, DateTime.UtcNow.Date.AddDays(-1), DateTime.UtcNow.Date.AddDays(1));
        Assert.Equal(CellValues.InlineString, a["E"].DataType!.Value);
        Assert.StartsWith("'=HYPERLINK(", a["E"].InnerText);
        Assert.Equal("Т", a["F"].InnerText);
        Assert.Equal(new DateTime(2026, 3, 10), DateTime.FromOADate(double.Parse(a["H"].CellValue!.Text, CultureInfo.InvariantCulture)));
        Assert.Contains("потребителя", a["K"].InnerText);
        Assert.Empty(sheet.Descendants<CellFormula>());
        Assert.Equal([fixture.Numbers["B"], fixture.Numbers["C"], fixture.Numbers["D"]], rows.Skip(2).Select(r => r.Elements<Cell>().First().InnerText));
    }

    [Fact]
    public async Task Export_needs_a_known_format()
    {
        await AssertProblemAsync(await SendAsync(fixture.App, fixture.Staff, Path("&format=pdf", "/api/staff/journal/export")), "format");
        await AssertProblemAsync(await SendAsync(fixture.App, fixture.Staff, Path("", "/api/staff/journal/export")), "format");
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, string parameter)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(parameter, out var messages), errors.ToString());
        Assert.NotEmpty(messages.EnumerateArray().Select(m => m.GetString()));
    }
}
