using System.Text.Json;
using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Features.Appeals.Outbox;
using CustomerService.Functions.Features.Appeals.Registration;
using CustomerService.Functions.Platform.Hosting.Invocation;
using CustomerService.Functions.Platform.Storage.Tables;
using CustomerService.Functions.Tests.Support;
using static CustomerService.Functions.Tests.Features.Appeals.AppealsHost;

namespace CustomerService.Functions.Tests.Features.Appeals;

/// <summary>Screening in the AppealRegistered follow-up: an appeal registered over HTTP, the function run as the queue would.</summary>
[Collection(AppealsCollection.Name)]
public sealed class RegistrationScreeningTests
{
    private const string Mupes = "mupes-divnogorsk";
    private const string Threat = "Если завтра не включите свет, я приду и взорву ваш офис.";

    private static QueueInvocation Event(string appealId, long dequeueCount = 1) =>
        new(AppealRegisteredFunction.FunctionName, Guid.NewGuid().ToString(), AppealRegisteredEvent.Serialize(appealId), "m1", "p1", dequeueCount, DateTimeOffset.UtcNow, null, null, null);

    private static async Task<(TestApp App, string AppealId)> RegisterAsync(string question)
    {
        var app = await StartAsync(Mupes);
        var body = ValidBody(OrganizationProfiles.Find(Mupes)!);
        body["questions"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["text"] = question });
        // A new applicant: an earlier answered appeal of the shared test applicant would add a repeated-question suggestion.
        var unique = Random.Shared.NextInt64(100_000_000, 999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        body["applicant"]!["phone"] = "+79" + unique;
        body["applicant"]!["email"] = $"screening-{unique}@example.ru";
        body["applicant"]!["billingAccount"] = unique;
        var registered = await IntakeHttpTests.AssertRegisteredAsync(app, await app.Client.SendAsync(Post("/api/appeals", body)));
        return (app, IntakeHttpTests.AppealIdOf(registered));
    }

    private static async Task<List<TableEntity>> ScreeningEventsAsync(TestApp app, string appealId)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in Table(app, AppealTables.Appeals).QueryAsync(TableFilter.PartitionKeyEquals(appealId) & TableFilter.Equal("Event", "screening")))
            rows.Add(row);
        return rows;
    }

    [Fact]
    public async Task A_threat_is_recorded_once_as_a_screening_event_without_the_text_and_flagged_for_the_security_officer()
    {
        var (app, appealId) = await RegisterAsync(Threat);
        await using var _ = app;
        var function = new AppealRegisteredFunction(app.Services.GetRequiredService<AppealTables>(), TimeProvider.System);

        await function.RunAsync(Event(appealId), CancellationToken.None);
        await function.RunAsync(Event(appealId, dequeueCount: 2), CancellationToken.None); // redelivery

        var screening = Assert.Single(await ScreeningEventsAsync(app, appealId));
        Assert.Equal("screening", screening.GetString("Actor"));
        Assert.Equal("threats", screening.GetString("Grounds"));
        Assert.True(screening.GetBoolean(RegistrationScreening.SecurityOfficerProperty));
        var suggestions = JsonDocument.Parse(screening.GetString("Suggestions")!).RootElement;
        var threat = Assert.Single(suggestions.EnumerateArray());
        Assert.Equal("threats", threat.GetProperty("ground").GetString());
        Assert.Equal("high", threat.GetProperty("confidence").GetString());
        Assert.Equal("securityUnit", threat.GetProperty("routeTo").GetString());
        Assert.False(string.IsNullOrWhiteSpace(threat.GetProperty("reason").GetString()));
        Assert.NotEmpty(threat.GetProperty("evidence").EnumerateArray());
        Assert.DoesNotContain(Threat, screening.GetString("Suggestions"));

        var appeal = (await Table(app, AppealTables.Appeals).GetEntityIfExistsAsync(appealId, AppealTables.AppealRowKey(appealId)))!;
        Assert.Equal("threats", appeal.GetString(RegistrationScreening.GroundsProperty));
        Assert.True(appeal.GetBoolean(RegistrationScreening.SecurityOfficerProperty));
        Assert.Equal("registered", appeal.GetString("Status")); // a suggestion, not a decision

        var journal = new List<TableEntity>();
        await foreach (var row in Table(app, AppealTables.Journal).QueryAsync(TableFilter.Equal("AppealId", appealId) & TableFilter.Equal(RegistrationScreening.SecurityOfficerProperty, true)))
            journal.Add(row);
        Assert.Equal("threats", Assert.Single(journal).GetString(RegistrationScreening.GroundsProperty));
    }

    [Fact]
    public async Task An_ordinary_appeal_gets_an_empty_screening_event_and_no_flags()
    {
        var (app, appealId) = await RegisterAsync("Почему счёт за октябрь вдвое больше, чем за сентябрь?");
        await using var _ = app;
        var function = new AppealRegisteredFunction(app.Services.GetRequiredService<AppealTables>(), TimeProvider.System);

        await function.RunAsync(Event(appealId), CancellationToken.None);

        var screening = Assert.Single(await ScreeningEventsAsync(app, appealId));
        Assert.Equal("", screening.GetString("Grounds"));
        Assert.False(screening.GetBoolean(RegistrationScreening.SecurityOfficerProperty));
        Assert.Equal("[]", screening.GetString("Suggestions"));
        var appeal = (await Table(app, AppealTables.Appeals).GetEntityIfExistsAsync(appealId, AppealTables.AppealRowKey(appealId)))!;
        Assert.Null(appeal.GetString(RegistrationScreening.GroundsProperty));
    }
}
