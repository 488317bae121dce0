using System.Net;
using System.Text.Json.Nodes;
using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Tests.Features.Appeals;
using static CustomerService.Functions.Tests.Features.Appeals.AppealsHost;

namespace CustomerService.Functions.Tests.Features.Informing.Recipients;

/// <summary>A recipient list selected from the appeals register with the journal's filters, over HTTP against Azurite.</summary>
[Collection(AppealsCollection.Name)]
public sealed class RecipientListFromAppealsHttpTests(InformingApp host) : IClassFixture<InformingApp>
{
    [Fact]
    public async Task The_applicants_of_the_selected_appeals_become_a_list_one_per_account_with_opt_outs_and_accountless_appeals_reported()
    {
        var marker = "Отбор" + Guid.NewGuid().ToString("N")[..8];
        var phone = $"8913{Random.Shared.Next(0, 9_999_999):D7}";
        var email = $"{marker[5..]}@example.ru";
        var (a, b, c) = (Account(), Account(), Account());
        await RegisterAsync(marker, "email", a, phone, email);
        await RegisterAsync(marker, "sms", b, phone[..^1] + (phone[^1] == '0' ? '1' : '0'), null);
        await RegisterAsync(marker, "email", b, null, $"second.{email}");
        var accountless = await RegisterAsync(marker, "email", null, null, email);
        await RegisterAsync("Другое " + Guid.NewGuid().ToString("N")[..8], "email", c, null, email);
        var (optedOut, _) = await host.SendAsync(HttpMethod.Post, "/api/informing/opt-outs", "operator", new { email, reason = "Просьба клиента" });
        Assert.Equal(HttpStatusCode.OK, optedOut.StatusCode);

        var (created, list) = await host.SendAsync(HttpMethod.Post, $"/api/informing/recipient-lists/from-appeals?q={marker}&name=Жалобы на отключения", "administrator");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(("Жалобы на отключения", "appeals", 4, 2, 1, 1), (list.GetProperty("name").GetString(), list.GetProperty("encoding").GetString(),
            list.GetProperty("rows").GetInt32(), list.GetProperty("accepted").GetInt32(), list.GetProperty("rejected").GetInt32(), list.GetProperty("merged").GetInt32()));
        var problem = Assert.Single(list.GetProperty("report").GetProperty("problems").EnumerateArray());
        Assert.StartsWith($"Обращение № {accountless}: ", problem.GetProperty("message").GetString());

        var (_, page) = await host.SendAsync(HttpMethod.Get, created.Headers.Location + "/recipients", "operator");
        var byAccount = page.GetProperty("recipients").EnumerateArray().ToDictionary(r => r.GetProperty("account").GetString()!);
        Assert.Equal(2, byAccount.Count);
        // A asked for e-mail replies but opted out of e-mail: the phone is used.
        Assert.Equal(("sms", "Иванова Мария Петровна"), (byAccount[a].GetProperty("channel").GetString(), byAccount[a].GetProperty("name").GetString()));
        var merged = byAccount[b];
        Assert.Equal(("sms", $"second.{email}"), (merged.GetProperty("channel").GetString(), merged.GetProperty("email").GetString()));
    }

    [Fact]
    public async Task Bad_filters_are_field_problems_and_only_administrators_select()
    {
        var (bad, problem) = await host.SendAsync(HttpMethod.Post, "/api/informing/recipient-lists/from-appeals?from=2026-13-01", "administrator");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty("from", out _));
        var (empty, emptyProblem) = await host.SendAsync(HttpMethod.Post, $"/api/informing/recipient-lists/from-appeals?q=нет-такого-{Guid.NewGuid():N}", "administrator");
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal("Отбор пуст: нет ни одной записи.", emptyProblem.GetProperty("errors").GetProperty("query")[0].GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await host.SendAsync(HttpMethod.Post, "/api/informing/recipient-lists/from-appeals", "operator")).Response.StatusCode);
    }

    private static string Account() => Random.Shared.NextInt64(1_000_000_000, 9_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Registers an appeal whose first question starts with <paramref name="marker"/> and waits for its journal row; returns its number.</summary>
    private async Task<string> RegisterAsync(string marker, string reply, string? account, string? phone, string? email)
    {
        var body = ValidBody(OrganizationProfiles.Find(OrganizationIds.MupesDivnogorsk)!);
        var applicant = body["applicant"]!.AsObject();
        applicant.Remove("billingAccount");
        if (account is not null) applicant["billingAccount"] = account;
        applicant["phone"] = phone;
        applicant["email"] = email;
        body["questions"] = new JsonArray(new JsonObject { ["text"] = $"{marker}: когда восстановят электроснабжение на улице?" });
        body["preferredReply"]!["channel"] = reply;
        var registered = await IntakeHttpTests.AssertRegisteredAsync(host.App, await host.App.Client.SendAsync(Post("/api/appeals", body)));
        await WaitForScreeningAsync(host.App, IntakeHttpTests.AppealIdOf(registered));
        return registered.GetProperty("registrationNumber").GetString()!;
    }
}
