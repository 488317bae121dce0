using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using CustomerService.Functions.Features.Appeals.Applicants;
using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Features.Appeals.Registration;
using CustomerService.Functions.Platform.Storage.Tables;
using CustomerService.Functions.Tests.Support;
using static CustomerService.Functions.Tests.Features.Appeals.AppealsHost;

namespace CustomerService.Functions.Tests.Features.Appeals.Applicants;

public sealed class ApplicantKeysTests
{
    private static readonly ApplicantKeys Keys = new(new byte[32]);

    [Fact]
    public void The_same_contact_written_differently_gives_the_same_key_and_no_personal_data()
    {
        var a = Keys.For("mupes-divnogorsk", new Applicant { Phone = "8 (913) 123-45-67" });
        var b = Keys.For("mupes-divnogorsk", new Applicant { Phone = "+79131234567" });
        Assert.Equal(a, b);
        Assert.DoesNotContain("9131234567", Assert.Single(a), StringComparison.Ordinal);
        Assert.Equal(Keys.For("mupes-divnogorsk", new Applicant { Email = " Ivanova@Example.RU " }), Keys.For("mupes-divnogorsk", new Applicant { Email = "ivanova@example.ru" }));
        Assert.NotEqual(a, Keys.For("tatenergosbyt", new Applicant { Phone = "+79131234567" }));
        Assert.NotEqual(a, new ApplicantKeys(Enumerable.Repeat((byte)1, 32).ToArray()).For("mupes-divnogorsk", new Applicant { Phone = "+79131234567" }));
    }

    [Fact]
    public void Every_contact_is_a_key_and_an_applicant_without_contacts_has_none()
    {
        var keys = Keys.For("mupes-divnogorsk", new Applicant { Phone = "+79131234567", Email = "a@b.ru", BillingAccount = "0012345678", LastName = "Иванова" });
        Assert.Equal(3, keys.Distinct().Count());
        Assert.All(keys, key => Assert.Matches("^a[0-9a-f]{40}$", key));
        Assert.Empty(Keys.For("mupes-divnogorsk", new Applicant { LastName = "Иванова", PostalAddress = "г. Дивногорск" }));
        Assert.Empty(Keys.For("mupes-divnogorsk", null));
    }
}

[Collection(AppealsCollection.Name)]
public sealed class ApplicantIndexHttpTests
{
    private const string Mupes = OrganizationIds.MupesDivnogorsk;
    private const string Question = "Почему счёт за электроэнергию за октябрь вдвое больше, чем за сентябрь?";

    [Fact]
    public async Task An_earlier_answered_appeal_of_the_same_applicant_makes_screening_suggest_a_repeated_question()
    {
        await using var app = await StartAsync(Mupes);
        var phone = UniquePhone();
        var (first, firstNumber) = await RegisterAsync(app, phone, "first@example.ru", Question);
        var (beforeAnswer, _) = await RegisterAsync(app, phone, "second@example.ru", Question);
        Assert.DoesNotContain("repeatedQuestion", await ScreeningGroundsAsync(app, beforeAnswer)); // not answered yet
        await AnswerAsync(app, first);

        // Same phone written another way, other e-mail, the question reworded a little.
        var (repeat, _) = await RegisterAsync(app, "8" + phone[2..], "third@example.ru", "Почему счёт за электроэнергию за октябрь вдвое больше чем за сентябрь");
        var (otherApplicant, _) = await RegisterAsync(app, UniquePhone(), "other@example.ru", Question);
        var (otherQuestion, _) = await RegisterAsync(app, phone, "fourth@example.ru", "Когда у нас на улице заменят опоры линии электропередачи?");

        var suggestion = Assert.Single(await SuggestionsAsync(app, repeat), s => s.GetProperty("ground").GetString() == "repeatedQuestion");
        Assert.Contains(firstNumber, suggestion.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal("repeatedQuestion", (await Table(app, AppealTables.Appeals).GetEntityAsync(repeat, AppealTables.AppealRowKey(repeat))).GetString(RegistrationScreening.GroundsProperty));
        Assert.DoesNotContain("repeatedQuestion", await ScreeningGroundsAsync(app, otherApplicant));
        Assert.DoesNotContain("repeatedQuestion", await ScreeningGroundsAsync(app, otherQuestion));

        // Staff confirm the suggestion with the existing decision endpoint (001: no answer to a repeated question).
        var decided = await StaffPostAsync(app, "operator", repeat, "non-consideration",
            new { ground = "repeatedQuestion", notifyApplicant = false, routedTo = "none", comment = $"Ответ дан по обращению № {firstNumber}, новых доводов нет." });
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
    }

    [Fact]
    public async Task The_index_holds_hashed_keys_and_statuses_only()
    {
        await using var app = await StartAsync(Mupes);
        var phone = UniquePhone();
        var (appealId, _) = await RegisterAsync(app, phone, "index@example.ru", Question);
        await AnswerAsync(app, appealId);

        var index = app.Services.GetRequiredService<ApplicantIndex>();
        var rows = new List<TableEntity>();
        await foreach (var row in Table(app, index.TableName).QueryAsync(TableFilter.Equal("RowKey", appealId))) rows.Add(row);
        Assert.Equal(3, rows.Count); // phone, e-mail, billing account
        Assert.All(rows, row =>
        {
            Assert.DoesNotContain(phone[2..], row.PartitionKey, StringComparison.Ordinal);
            Assert.Equal(["Answered", "Organization", "RegisteredAt", "Status"], row.Keys.Order(StringComparer.Ordinal));
            Assert.True(row.GetBoolean("Answered"));
            Assert.Equal("answerSent", row.GetString("Status"));
        });
    }

    private static string UniquePhone() => "+79" + Random.Shared.NextInt64(100_000_000, 999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<(string AppealId, string Number)> RegisterAsync(TestApp app, string phone, string email, string question)
    {
        var body = ValidBody(OrganizationProfiles.Find(Mupes)!);
        body["applicant"]!["phone"] = phone;
        body["applicant"]!["email"] = email;
        body["applicant"]!["billingAccount"] = Random.Shared.NextInt64(1_000_000, 9_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        body["questions"] = new JsonArray(new JsonObject { ["text"] = question });
        var registered = await IntakeHttpTests.AssertRegisteredAsync(app, await app.Client.SendAsync(Post("/api/appeals", body)));
        var appealId = IntakeHttpTests.AppealIdOf(registered);
        await WaitForScreeningAsync(app, appealId);
        return (appealId, registered.GetProperty("registrationNumber").GetString()!);
    }

    private static async Task AnswerAsync(TestApp app, string appealId)
    {
        await Ok(app, "operator", appealId, "classification", new { code = "Т", complexity = "A" });
        await Ok(app, "operator", appealId, "assignment", new { executorId = "dev-executor", executorName = "Исполнитель Петров, инженер", unit = "Абонентский отдел" });
        await Ok(app, "executor", appealId, "answer/draft", new { text = "Счёт пересчитан.", executorPhone = "8 913 765-43-21", executorEmail = "petrov@mupes.example" });
        await Ok(app, "head-of-unit", appealId, "answer/approval", new { });
        await Ok(app, "head-of-unit", appealId, "answer/sending", new { });
    }

    private static async Task Ok(TestApp app, string user, string appealId, string action, object body)
    {
        var response = await StaffPostAsync(app, user, appealId, action, body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{action}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task<HttpResponseMessage> StaffPostAsync(TestApp app, string user, string appealId, string action, object body) =>
        await app.Client.SendAsync(Post($"/api/staff/appeals/{appealId}/{action}", JsonSerializer.SerializeToNode(body)!, bearer: await SignInAsync(app, user)));

    private static async Task<string> ScreeningGroundsAsync(TestApp app, string appealId)
    {
        await foreach (var row in Table(app, AppealTables.Appeals).QueryAsync(TableFilter.PartitionKeyEquals(appealId) & TableFilter.Equal("Event", "screening")))
            return row.GetString("Grounds") ?? "";
        throw new InvalidOperationException("No screening event.");
    }

    private static async Task<List<JsonElement>> SuggestionsAsync(TestApp app, string appealId)
    {
        await foreach (var row in Table(app, AppealTables.Appeals).QueryAsync(TableFilter.PartitionKeyEquals(appealId) & TableFilter.Equal("Event", "screening")))
            return JsonDocument.Parse(row.GetString("Suggestions")!).RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
        throw new InvalidOperationException("No screening event.");
    }
}
