using CustomerService.Functions.Platform.Storage;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Features.Appeals.Organizations.Editing;
using CustomerService.Functions.Features.Appeals.Registration;
using CustomerService.Functions.Platform.Security;
using CustomerService.Functions.Platform.Storage.Tables;
using CustomerService.Functions.Tests.Support;
using Microsoft.AspNetCore.Builder;

namespace CustomerService.Functions.Tests.Features.Appeals;

/// <summary>Every HTTP test of appeals shares one Azurite and its counters: run them one class at a time.</summary>
[CollectionDefinition(Name)]
public sealed class AppealsCollection
{
    public const string Name = "Appeals over HTTP";
}

/// <summary>The real app configured for appeals: Azurite, a status-code key, development sign-in and a partner key.</summary>
internal static class AppealsHost
{
    public const string StatusKey = "test-status-code-key-0123456789abcdef";
    public const string PartnerKey = "chat-bot-key-0123456789abcdefghijklmnop";

    public static Dictionary<string, string?> Settings(string organization, int permitLimit = 100_000) => new()
    {
        ["AzureWebJobsStorage"] = Azurite.ConnectionString,
        // Queues of this app only: another test's app on the shared Azurite must not run its follow-ups or deliveries.
        [StorageConnection.QueueNamePrefixSetting] = "t" + Guid.NewGuid().ToString("N")[..8] + "-",
        [AppealsSettings.Organization] = organization,
        [AppealsSettings.StatusCodeKey] = StatusKey,
        [SecuritySettings.StaffIdentity] = StaffIdentitySources.DevelopmentSignIn,
        [SecuritySettings.ApiKeys + ":chat-bot"] = PartnerKey,
        [SecuritySettings.PublicIntakePermitLimit] = permitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public static Task<TestApp> StartAsync(string organization, int permitLimit = 100_000, Action<WebApplicationBuilder>? configure = null) =>
        TestApp.StartAsync(Settings(organization, permitLimit), configure);

    /// <summary>
    /// Staff act on an appeal after registration's follow-up (the AppealRegistered queue function)
    /// has screened it; its 'screening' history event sorts right after 'registered'.
    /// </summary>
    public static async Task WaitForScreeningAsync(TestApp app, string appealId)
    {
        var token = await SignInAsync(app, "operator");
        await Eventually.UntilAsync(async () =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/staff/appeals/{appealId}");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var card = JsonNode.Parse(await (await app.Client.SendAsync(request)).Content.ReadAsStringAsync())!;
            return card["history"]!.AsArray().Any(h => h!["event"]!.GetValue<string>() == "screening");
        }, $"Appeal {appealId} was not screened within {Eventually.DefaultTimeout.TotalSeconds} s.");
    }

    public static async Task<string> SignInAsync(TestApp app, string user)
    {
        var response = await app.Client.PostAsJsonAsync("/api/dev/sign-in", new { user });
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("accessToken").GetString()!;
    }

    /// <summary>A request every profile accepts for every applicant kind: all fields any profile requires are filled.</summary>
    public static JsonObject ValidBody(OrganizationProfile profile, string kind = "complaint", string applicantKind = "individual", string? channel = null, string language = "ru") => new()
    {
        ["kind"] = kind,
        ["channel"] = channel,
        ["applicant"] = new JsonObject
        {
            ["kind"] = applicantKind,
            ["lastName"] = "Иванова",
            ["firstName"] = "Мария",
            ["patronymic"] = "Петровна",
            ["organizationName"] = "ТСЖ «Берёзка»",
            ["members"] = new JsonArray("Иванов Иван Иванович", "Петрова Анна Сергеевна"),
            ["postalAddress"] = "663090, г. Дивногорск, ул. Заводская, д. 1, кв. 2",
            ["phone"] = "8 (913) 123-45-67",
            ["email"] = "ivanova@example.ru",
            ["billingAccount"] = "0012345678",
            ["outgoingNumber"] = "15/2",
            ["outgoingDate"] = "2026-01-15",
        },
        ["questions"] = new JsonArray(new JsonObject { ["text"] = "Почему счёт за октябрь вдвое больше?" }, new JsonObject { ["text"] = "Когда заменят счётчик?" }),
        ["preferredReply"] = new JsonObject { ["channel"] = "email", ["language"] = language },
        ["consent"] = new JsonObject { ["accepted"] = true, ["textVersion"] = profile.ConsentTextVersion },
    };

    public static HttpRequestMessage Post(string path, JsonNode body, string? idempotencyKey = null, string? bearer = null, string? functionsKey = null) =>
        PostRaw(path, body.ToJsonString(), idempotencyKey, bearer, functionsKey);

    public static HttpRequestMessage PostRaw(string path, string json, string? idempotencyKey = null, string? bearer = null, string? functionsKey = null, string mediaType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, mediaType) };
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        if (bearer is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        if (functionsKey is not null) request.Headers.Add("x-functions-key", functionsKey);
        return request;
    }

    public static TableClient Table(TestApp app, string name) => app.Services.GetRequiredService<TableServiceClient>().GetTableClient(name);

    /// <summary>
    /// What a failed intake must leave untouched: the counter and the number of appeal rows. Only
    /// <c>appeal</c> rows count: the queue follow-up of earlier tests adds history events (screening)
    /// at any time, while an appeal row comes only from a registration's all-or-nothing transaction.
    /// </summary>
    public static async Task<(long Counter, int AppealRows)> StoredStateAsync(TestApp app, string organization)
    {
        var year = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, OrganizationProfiles.Find(organization)!.TimeZone).Year;
        await app.Services.GetRequiredService<AppealTables>().EnsureCreatedAsync(CancellationToken.None);
        var counter = await Table(app, AppealTables.Counters).GetEntityIfExistsAsync(organization, year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var rows = 0;
        // Rows intake wrote (they carry the request hash): the deadline tests seed appeal rows of their own in parallel.
        await foreach (var row in Table(app, AppealTables.Appeals).QueryAsync(TableFilter.And(TableFilter.StartsWith("RowKey", AppealTables.AppealRowKeyPrefix), TableFilter.Equal("Organization", organization)), ["RequestHash"]))
            if (row.GetString("RequestHash") is not null) rows++;
        return (counter?.GetInt64("Last") ?? 0, rows);
    }

    /// <summary>Polls the staff outbox until the appeal's acknowledgement shows (the queue follow-up is asynchronous).</summary>
    /// <remarks>Numbers are unique per organization only and the apps share Azurite, so the message is matched by the app's own appeal id.</remarks>
    public static async Task<JsonElement> WaitForOutboxMessageAsync(TestApp app, string staffToken, string registrationNumber)
    {
        var organization = app.Services.GetRequiredService<ActiveOrganizationProfile>().Id;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        string? appealId = null;
        await foreach (var row in Table(app, AppealTables.Appeals).QueryAsync(
            TableFilter.And(TableFilter.Equal("Organization", organization), TableFilter.Equal("RegistrationNumber", registrationNumber)))) appealId = row.PartitionKey;
        while (true)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/api/outbox");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", staffToken);
            var response = await app.Client.SendAsync(request);
            response.EnsureSuccessStatusCode();
            var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            foreach (var message in body.GetProperty("messages").EnumerateArray())
            {
                if (message.GetProperty("registrationNumber").GetString() == registrationNumber
                    && (appealId is null || message.GetProperty("appealId").GetString() == appealId)) return message.Clone();
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"No outbox message for {registrationNumber}.");
            await Task.Delay(200);
        }
    }
}
