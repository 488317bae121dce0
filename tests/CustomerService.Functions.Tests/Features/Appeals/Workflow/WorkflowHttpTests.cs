using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Features.Appeals.Screening.Rules;
using CustomerService.Functions.Features.Appeals.Intake;
using CustomerService.Functions.Features.Appeals.Workflow;
using CustomerService.Functions.Features.Appeals.Workflow.FollowUp;
using CustomerService.Functions.Platform.Hosting.Invocation;
using Microsoft.Extensions.DependencyInjection;
using CustomerService.Functions.Tests.Support;
using static CustomerService.Functions.Tests.Features.Appeals.AppealsHost;

namespace CustomerService.Functions.Tests.Features.Appeals.Workflow;

/// <summary>Three apps (001 for the workflow, 003 for its non-consideration rules, 002 for Tatar) and a token per seeded staff user.</summary>
public sealed class WorkflowApps : IAsyncLifetime
{
    public const string Mupes = OrganizationIds.MupesDivnogorsk;
    public const string Krc = OrganizationIds.KrcPetrozavodsk;
    public const string Tat = OrganizationIds.Tatenergosbyt;
    private readonly Dictionary<string, TestApp> _apps = [];
    private readonly Dictionary<(string, string), string> _tokens = [];

    public TestApp this[string organization] => _apps[organization];
    public string Token(string organization, string user) => _tokens[(organization, user)];

    public async Task InitializeAsync()
    {
        foreach (var id in new[] { Mupes, Krc, Tat })
        {
            _apps[id] = await StartAsync(id);
            foreach (var user in new[] { "operator", "executor", "head-of-unit" }) _tokens[(id, user)] = await SignInAsync(_apps[id], user);
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var app in _apps.Values) await app.DisposeAsync();
    }
}

[Collection(AppealsCollection.Name)]
public sealed class WorkflowHttpTests(WorkflowApps apps) : IClassFixture<WorkflowApps>
{
    private const string Mupes = WorkflowApps.Mupes;

    [Fact]
    public async Task An_appeal_goes_from_intake_to_closed_and_its_history_shows_every_step()
    {
        var id = await RegisterAsync(Mupes);
        await Ok(Mupes, "operator", id, "classification", new { code = "Т", complexity = "A" });
        await Ok(Mupes, "operator", id, "assignment", new { executorId = "dev-executor", executorName = "Исполнитель Петров, инженер", unit = "Абонентский отдел" });
        await Ok(Mupes, "executor", id, "answer/draft", new { text = "Счёт пересчитан, переплата 512 руб. учтена.", executorPhone = "8 913 765-43-21", executorEmail = "petrov@mupes.example" });
        await Ok(Mupes, "head-of-unit", id, "answer/approval", new { });
        await Ok(Mupes, "head-of-unit", id, "answer/sending", new { });
        var closed = await Ok(Mupes, "head-of-unit", id, "closing", new { outcome = "justified", correctiveMeasures = new[] { "Перерасчёт за октябрь" }, plannedDate = "2099-01-31" });
        Assert.Equal("closed", closed.GetProperty("status").GetString());

        var card = await CardAsync(Mupes, id);
        Assert.Equal("closed", card.GetProperty("status").GetString());
        Assert.Equal("Т", card.GetProperty("appeal").GetProperty("classificationCode").GetString());
        Assert.Equal("dev-executor", card.GetProperty("appeal").GetProperty("assigneeId").GetString());
        var history = card.GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(["registered", "screening", "classified", "assigned", "answerDrafted", "answerApproved", "answerSent", "closed"], history.Select(h => h.GetProperty("event").GetString()));
        Assert.Equal(["staff:dev-operator", "staff:dev-operator", "staff:dev-executor", "staff:dev-head-of-unit", "staff:dev-head-of-unit", "staff:dev-head-of-unit"], history.Skip(2).Select(h => h.GetProperty("actor").GetString()));
        Assert.Equal("screening", history[1].GetProperty("actor").GetString());
        Assert.Equal("Исполнитель Петров", history[4].GetProperty("actorName").GetString());
        Assert.All(history.Skip(1), h => Assert.True(h.GetProperty("at").GetDateTimeOffset() >= history[0].GetProperty("at").GetDateTimeOffset()));
        Assert.Equal("email", history[6].GetProperty("channel").GetString());

        var answer = await OutboxAsync(Mupes, $"{id}-answer");
        Assert.Equal("ivanova@example.ru", answer.GetProperty("to").GetString());
        Assert.Equal($"Ответ на обращение № {card.GetProperty("appeal").GetProperty("registrationNumber").GetString()} — {OrganizationProfiles.Find(Mupes)!.FullName}", answer.GetProperty("subject").GetString());
        Assert.StartsWith("Уважаемая Мария Петровна!", answer.GetProperty("body").GetString());
        Assert.Contains("тел. +79137654321, e-mail petrov@mupes.example", answer.GetProperty("body").GetString());

        var journal = await JournalRowAsync(Mupes, id);
        Assert.Equal("closed", journal.GetString("Status"));
        Assert.Equal("Т", journal.GetString("ClassificationCode"));
        Assert.Equal("Исполнитель Петров, инженер", journal.GetString("AssigneeName"));
        // The journal's export reads Ст.8 and Ст.11 through these names: the workflow must fill them.
        Assert.NotNull(journal.GetDateTimeOffset(CustomerService.Functions.Features.Appeals.Outbox.JournalRow.AnsweredAt));
        Assert.Equal("потребителя", journal.GetString(CustomerService.Functions.Features.Appeals.Outbox.JournalRow.ResolvedInFavourOf));
    }

    [Theory]
    [InlineData("post", true)]
    [InlineData("post", false)]
    [InlineData("customerPortal", true)]
    public async Task An_answer_by_post_or_to_the_personal_account_is_announced_by_email_or_sms(string replyChannel, bool withEmail)
    {
        var body = ValidBody(OrganizationProfiles.Find(Mupes)!);
        body["preferredReply"]!["channel"] = replyChannel;
        if (!withEmail) body["applicant"]!.AsObject().Remove("email");
        var id = await RegisterAsync(Mupes, body);
        await AnswerAsync(id);

        var card = await CardAsync(Mupes, id);
        var number = card.GetProperty("appeal").GetProperty("registrationNumber").GetString();
        var sent = card.GetProperty("history").EnumerateArray().Single(h => h.GetProperty("event").GetString() == "answerSent").GetProperty("details");
        Assert.Equal("m-answer-sent-notice", sent.GetProperty("notice").GetString());
        var answer = await OutboxAsync(Mupes, $"{id}-answer");
        Assert.Equal(replyChannel, answer.GetProperty("channel").GetString());
        var notice = await OutboxAsync(Mupes, $"{id}-answer-sent-notice");
        Assert.Equal(withEmail ? "email" : "sms", notice.GetProperty("channel").GetString());
        Assert.Equal(withEmail ? "ivanova@example.ru" : "+79131234567", notice.GetProperty("to").GetString());
        Assert.Contains($"Ответ на обращение № {number}", withEmail ? notice.GetProperty("subject").GetString() : notice.GetProperty("body").GetString());
        Assert.Contains("/status", notice.GetProperty("body").GetString());
    }

    [Fact]
    public async Task A_message_whose_outbox_copy_was_lost_after_the_commit_is_restored_once_by_the_step_event()
    {
        var id = await RegisterAsync(Mupes);
        await Ok(Mupes, "operator", id, "information-requests", new { question = "Пришлите фото счётчика." });
        var rowKey = (await CardAsync(Mupes, id)).GetProperty("history").EnumerateArray().Last().GetProperty("details").GetProperty("message").GetString()!;
        var outboxId = $"{id}-{rowKey[AppealFile.MessagePrefix.Length..]}";
        // As if the process had stopped between the step's transaction and its outbox copy.
        var outbox = Table(apps[Mupes], CustomerService.Functions.Features.Appeals.Registration.AppealTables.Outbox);
        await foreach (var row in outbox.QueryAsync(CustomerService.Functions.Platform.Storage.Tables.TableFilter.Equal("RowKey", outboxId)))
            await outbox.DeleteEntityAsync(row.PartitionKey, row.RowKey);
        Assert.False(await OutboxHasAsync(Mupes, outboxId));

        var function = ActivatorUtilities.CreateInstance<WorkflowStepFunction>(apps[Mupes].Services);
        var step = new WorkflowStepEvent(id, [rowKey, "m-information-request-never-committed"]).Serialize();
        for (var delivery = 1; delivery <= 2; delivery++)
            await function.RunAsync(new QueueInvocation(WorkflowStepFunction.FunctionName, $"{delivery}", step, "m", "p", delivery, DateTimeOffset.UtcNow, null, null, null), default);

        var restored = (await OutboxMessagesAsync(Mupes)).Where(m => m.GetProperty("id").GetString()!.StartsWith(id, StringComparison.Ordinal)).ToList();
        Assert.Single(restored, m => m.GetProperty("id").GetString() == outboxId);
        Assert.DoesNotContain(restored, m => m.GetProperty("id").GetString()!.EndsWith("never-committed", StringComparison.Ordinal));
        Assert.Contains("Пришлите фото счётчика.", restored.Single(m => m.GetProperty("id").GetString() == outboxId).GetProperty("body").GetString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("{}")]
    [InlineData("{\"appealId\":\"../x\",\"messages\":[]}")]
    [InlineData("{\"appealId\":\"0123456789abcdef0123456789abcdef\",\"messages\":[\"h-1\"]}")]
    public void A_step_event_that_is_not_one_is_refused(string text) => Assert.Null(WorkflowStepEvent.Parse(text));

    [Fact]
    public async Task An_answer_by_email_needs_no_separate_notice()
    {
        var id = await RegisterAsync(Mupes);
        await AnswerAsync(id);
        Assert.True(await OutboxHasAsync(Mupes, $"{id}-answer"));
        Assert.False(await OutboxHasAsync(Mupes, $"{id}-answer-sent-notice"));
    }

    private async Task AnswerAsync(string id)
    {
        await Ok(Mupes, "operator", id, "classification", new { code = "Т", complexity = "A" });
        await Ok(Mupes, "operator", id, "assignment", new { executorId = "dev-executor", executorName = "Исполнитель Петров, инженер", unit = "Абонентский отдел" });
        await Ok(Mupes, "executor", id, "answer/draft", new { text = "Счёт пересчитан.", executorPhone = "8 913 765-43-21", executorEmail = "petrov@mupes.example" });
        await Ok(Mupes, "head-of-unit", id, "answer/approval", new { });
        await Ok(Mupes, "head-of-unit", id, "answer/sending", new { });
    }

    [Fact]
    public async Task Wrong_roles_get_403_and_nothing_changes()
    {
        var id = await RegisterAsync(Mupes);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(Mupes, "executor", id, "classification", new { code = "Т", complexity = "A" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(Mupes, "operator", id, "answer/approval", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(Mupes, "head-of-unit", id, "answer/draft", new { text = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Anonymous(Mupes).GetAsync($"/api/staff/appeals/{id}")).StatusCode);
        Assert.Equal(["registered", "screening"], (await CardAsync(Mupes, id)).GetProperty("history").EnumerateArray().Select(h => h.GetProperty("event").GetString()));
    }

    [Fact]
    public async Task Invalid_transitions_and_bad_input_get_problems_with_russian_messages()
    {
        var id = await RegisterAsync(Mupes);
        await ExpectProblemAsync(await PostAsync(Mupes, "head-of-unit", id, "answer/approval", new { }), 409, "Нельзя утвердить ответ: проект ответа не подготовлен.");
        await ExpectProblemAsync(await PostAsync(Mupes, "head-of-unit", id, "answer/sending", new { }), 409, "Нельзя отправить ответ: проект ответа не подготовлен и не утверждён.");
        await ExpectProblemAsync(await PostAsync(Mupes, "operator", id, "assignment", new { executorId = "dev-executor", executorName = "Петров", unit = "АО" }), 409, "Сначала классифицируйте обращение.");
        var bad = await PostAsync(Mupes, "operator", id, "classification", new { code = "XX", complexity = "C" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        var errors = JsonDocument.Parse(await bad.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Contains("КЭ", errors.GetProperty("code")[0].GetString());

        await Ok(Mupes, "operator", id, "classification", new { code = "powerQuality", complexity = "B" });
        await Ok(Mupes, "operator", id, "assignment", new { executorId = "someone-else", executorName = "Другой исполнитель", unit = "АО" });
        await ExpectProblemAsync(await PostAsync(Mupes, "executor", id, "answer/draft", new { text = "Ответ", executorPhone = "+79131234567", executorEmail = "a@b.ru" }), 409, "Проект ответа готовит назначенный исполнитель: Другой исполнитель.");
        await Ok(Mupes, "operator", id, "assignment", new { executorId = "dev-executor", executorName = "Исполнитель Петров", unit = "АО" });
        await Ok(Mupes, "executor", id, "answer/draft", new { text = "Ответ", executorPhone = "+79131234567", executorEmail = "a@b.ru" });
        await ExpectProblemAsync(await PostAsync(Mupes, "head-of-unit", id, "answer/sending", new { }), 409, "Нельзя отправить ответ, не утверждённый руководителем подразделения.");
        await ExpectProblemAsync(await PostAsync(Mupes, "head-of-unit", id, "closing", new { outcome = "justified" }), 400, null);
        var history = (await CardAsync(Mupes, id)).GetProperty("history").EnumerateArray().Select(h => h.GetProperty("event").GetString());
        Assert.Equal(["registered", "screening", "classified", "assigned", "reassigned", "answerDrafted"], history);
    }

    [Fact]
    public async Task Closing_a_justified_complaint_without_measures_is_refused()
    {
        var id = await RegisterAsync(Mupes);
        await Ok(Mupes, "operator", id, "classification", new { code = "Об", complexity = "A" });
        await Ok(Mupes, "operator", id, "assignment", new { executorId = "dev-executor", executorName = "Исполнитель Петров", unit = "АО" });
        await Ok(Mupes, "executor", id, "answer/draft", new { text = "Жалоба необоснованна.", executorPhone = "+79131234567", executorEmail = "a@b.ru" });
        await Ok(Mupes, "head-of-unit", id, "answer/approval", new { });
        await Ok(Mupes, "head-of-unit", id, "answer/sending", new { });
        var refused = await PostAsync(Mupes, "head-of-unit", id, "closing", new { outcome = "justified" });
        var errors = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Equal("Для обоснованной жалобы укажите корректирующие меры.", errors.GetProperty("correctiveMeasures")[0].GetString());
        Assert.Equal("Укажите плановую дату выполнения корректирующих мер.", errors.GetProperty("plannedDate")[0].GetString());
        await ExpectProblemAsync(await PostAsync(Mupes, "head-of-unit", id, "closing", new { outcome = "notJustified" }), 400, null);
        await Ok(Mupes, "head-of-unit", id, "closing", new { outcome = "notJustified", refusalReason = "Начисления соответствуют показаниям прибора учёта." });
        await ExpectProblemAsync(await PostAsync(Mupes, "operator", id, "classification", new { code = "Т", complexity = "A" }), 409, "Обращение закрыто: изменения невозможны.");
    }

    [Fact]
    public async Task A_stale_if_match_gets_412_and_parallel_changes_let_one_win()
    {
        var id = await RegisterAsync(Mupes);
        var etag = (await CardAsync(Mupes, id)).GetProperty("etag").GetString()!;
        await Ok(Mupes, "operator", id, "classification", new { code = "Т", complexity = "A" });
        var stale = await PostAsync(Mupes, "operator", id, "classification", new { code = "Э", complexity = "A" }, ifMatch: etag);
        await ExpectProblemAsync(stale, 412, "Обращение изменилось, пока вы с ним работали: обновите карточку и повторите действие.");

        var current = (await CardAsync(Mupes, id)).GetProperty("etag").GetString()!;
        var racers = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            PostAsync(Mupes, "operator", id, "assignment", new { executorId = $"executor-{i}", executorName = $"Исполнитель {i}", unit = "АО" }, ifMatch: current)));
        Assert.Single(racers, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(racers.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.PreconditionFailed, r.StatusCode));
        var events = (await CardAsync(Mupes, id)).GetProperty("history").EnumerateArray().Select(h => h.GetProperty("event").GetString()).ToList();
        Assert.Equal(["registered", "screening", "classified", "assigned"], events);
    }

    [Fact]
    public async Task Information_request_goes_to_the_applicant_in_their_language()
    {
        const string org = WorkflowApps.Tat;
        var id = await RegisterAsync(org, "tt");
        var result = await Ok(org, "operator", id, "information-requests", new { question = "Счётчик фотосын җибәрегез." });
        Assert.Equal("awaitingApplicant", result.GetProperty("status").GetString());
        var card = await CardAsync(org, id);
        var messageId = card.GetProperty("history").EnumerateArray().Last().GetProperty("details").GetProperty("message").GetString()!;
        var message = await OutboxAsync(org, $"{id}-{messageId["m-".Length..]}");
        Assert.Contains("мөрәҗәгать буенча өстәмә мәгълүмат кирәк", message.GetProperty("subject").GetString());
        Assert.StartsWith("Исәнмесез, Мария Петровна!", message.GetProperty("body").GetString());
        Assert.Contains("Счётчик фотосын җибәрегез.", message.GetProperty("body").GetString());
        Assert.Equal("tt", message.GetProperty("language").GetString());
    }

    [Fact]
    public async Task Published_faq_is_anonymised_and_public()
    {
        var id = await RegisterAsync(Mupes);
        await Ok(Mupes, "operator", id, "classification", new { code = "Т", complexity = "A" });
        await Ok(Mupes, "operator", id, "assignment", new { executorId = "dev-executor", executorName = "Исполнитель Петров", unit = "АО" });
        await Ok(Mupes, "executor", id, "answer/draft", new { text = "Мария Петровна, по л/с 0012345678 выполнен перерасчёт. Вопросы: +7 913 123-45-67, ivanova@example.ru.", executorPhone = "+79131234567", executorEmail = "a@b.ru" });
        await ExpectProblemAsync(await PostAsync(Mupes, "head-of-unit", id, "faq", new { }), 409, "Опубликовать можно только вопрос, ответ на который отправлен заявителю.");
        await Ok(Mupes, "head-of-unit", id, "answer/approval", new { });
        await Ok(Mupes, "head-of-unit", id, "answer/sending", new { });
        await Ok(Mupes, "head-of-unit", id, "faq", new { question = "Я, Иванова Мария Петровна, живу по адресу г. Дивногорск, ул. Заводская, д. 1, кв. 2. Почему счёт за октябрь вдвое больше?" });

        var faq = JsonDocument.Parse(await Anonymous(Mupes).GetStringAsync("/api/faq")).RootElement.EnumerateArray().Single(e => e.GetProperty("id").GetString() == id);
        var text = faq.GetProperty("question").GetString() + " " + faq.GetProperty("answer").GetString();
        foreach (var personal in new[] { "Иванова", "Мария", "Петровна", "Заводская", "Дивногорск", "0012345678", "123-45-67", "ivanova@" }) Assert.DoesNotContain(personal, text);
        Assert.Contains("Почему счёт за октябрь вдвое больше?", text);
        Assert.Contains("выполнен перерасчёт", text);
    }

    public static TheoryData<NonConsiderationGround> Grounds() => new(Enum.GetValues<NonConsiderationGround>());

    [Theory]
    [MemberData(nameof(Grounds))]
    public async Task Every_ground_ends_in_a_recorded_decision_with_a_notice_only_where_required(NonConsiderationGround ground)
    {
        const string org = WorkflowApps.Krc;
        var id = await RegisterAsync(org);
        var rule = OrganizationPolicies.For(org).For(ground, Channel.WebForm);
        var notify = rule.Notice is ApplicantNotice.Required or ApplicantNotice.RequiredWhenContactsReadable;
        var route = rule.RouteCondition == RouteCondition.Always ? rule.RouteTo : RouteTarget.None;
        var body = new
        {
            ground = WireEnum<NonConsiderationGround>.Name(ground), notifyApplicant = notify, routedTo = WireEnum<RouteTarget>.Name(route),
            comment = "Проверено: основание подтверждено сотрудником.", noticeText = rule.NoticeMustContain is null ? null : "Компетентная организация: ООО «Пример», тел. +7 814 200-00-00.",
        };
        var response = await PostAsync(org, "operator", id, "non-consideration", body);
        var card = await CardAsync(org, id);
        if (!rule.Applies)
        {
            await ExpectProblemAsync(response, 422, null);
            Assert.Equal("registered", card.GetProperty("status").GetString());
            return;
        }
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("notConsidered", card.GetProperty("status").GetString());
        var decision = card.GetProperty("history").EnumerateArray().Last();
        Assert.Equal("nonConsiderationDecided", decision.GetProperty("event").GetString());
        Assert.Equal("staff:dev-operator", decision.GetProperty("actor").GetString());
        Assert.Equal(body.ground, decision.GetProperty("details").GetProperty("ground").GetString());
        Assert.Equal(notify, decision.GetProperty("details").GetProperty("notifyApplicant").GetBoolean());
        Assert.Equal(body.routedTo, decision.GetProperty("details").GetProperty("routedTo").GetString());
        Assert.Equal(notify, await OutboxHasAsync(org, $"{id}-non-consideration"));
        Assert.Equal(body.ground, (await JournalRowAsync(org, id)).GetString("NonConsiderationGround"));
    }

    [Fact]
    public async Task A_decision_against_the_rules_is_422()
    {
        var id = await RegisterAsync(WorkflowApps.Krc);
        var threats = OrganizationPolicies.For(WorkflowApps.Krc).For(NonConsiderationGround.Threats, Channel.WebForm);
        Assert.True(threats.Applies);
        Assert.Equal(RouteTarget.SecurityUnit, threats.RouteTo);
        var response = await PostAsync(WorkflowApps.Krc, "operator", id, "non-consideration", new { ground = "threats", notifyApplicant = false, routedTo = "none", comment = "Угрозы." });
        await ExpectProblemAsync(response, 422, null);
        Assert.Contains("в подразделение безопасности", await response.Content.ReadAsStringAsync());
    }

    /// <summary>A client without the sign-in cookie the shared client holds.</summary>
    private HttpClient Anonymous(string org) => new() { BaseAddress = apps[org].Address };

    private Task<string> RegisterAsync(string org, string language = "ru") => RegisterAsync(org, ValidBody(OrganizationProfiles.Find(org)!, language: language));

    private async Task<string> RegisterAsync(string org, JsonNode body)
    {
        var app = apps[org];
        var response = await app.Client.SendAsync(Post("/api/appeals", body));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var number = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("registrationNumber").GetString()!;
        // Numbers are unique per organization only, and the apps share Azurite: find the appeal by both.
        var filter = CustomerService.Functions.Platform.Storage.Tables.TableFilter.And(
            CustomerService.Functions.Platform.Storage.Tables.TableFilter.Equal("Organization", org),
            CustomerService.Functions.Platform.Storage.Tables.TableFilter.Equal("RegistrationNumber", number));
        await foreach (var row in Table(app, CustomerService.Functions.Features.Appeals.Registration.AppealTables.Appeals).QueryAsync(filter))
        {
            await AppealsHost.WaitForScreeningAsync(app, row.PartitionKey);
            return row.PartitionKey;
        }
        throw new InvalidOperationException($"No appeal {number} of {org}.");
    }

    private async Task<HttpResponseMessage> PostAsync(string org, string user, string id, string action, object body, string? ifMatch = null)
    {
        var request = Post($"/api/staff/appeals/{id}/{action}", JsonSerializer.SerializeToNode(body)!, bearer: apps.Token(org, user));
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await apps[org].Client.SendAsync(request);
    }

    private async Task<JsonElement> Ok(string org, string user, string id, string action, object body)
    {
        var response = await PostAsync(org, user, id, action, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{action}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private async Task<JsonElement> CardAsync(string org, string id)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/staff/appeals/{id}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apps.Token(org, "executor"));
        var response = await apps[org].Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private async Task<List<JsonElement>> OutboxMessagesAsync(string org)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/outbox");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apps.Token(org, "operator"));
        var response = await apps[org].Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("messages").EnumerateArray().Select(m => m.Clone()).ToList();
    }

    private async Task<bool> OutboxHasAsync(string org, string messageId) => (await OutboxMessagesAsync(org)).Any(m => m.GetProperty("id").GetString() == messageId);

    private async Task<JsonElement> OutboxAsync(string org, string messageId) => (await OutboxMessagesAsync(org)).Single(m => m.GetProperty("id").GetString() == messageId);

    private async Task<CustomerService.Functions.Platform.Storage.Tables.TableEntity> JournalRowAsync(string org, string id)
    {
        await foreach (var row in Table(apps[org], CustomerService.Functions.Features.Appeals.Registration.AppealTables.Journal).QueryAsync(
            CustomerService.Functions.Platform.Storage.Tables.TableFilter.Equal("AppealId", id))) return row;
        throw new InvalidOperationException("No journal row.");
    }

    private static async Task ExpectProblemAsync(HttpResponseMessage response, int status, string? detail)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"expected {status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (detail is not null) Assert.Equal(detail, JsonDocument.Parse(text).RootElement.GetProperty("detail").GetString());
    }
}
