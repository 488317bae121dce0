using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace CustomerService.Functions.Tests.Features.Informing.Recipients;

/// <summary>Recipient lists and opt-outs over real HTTP against Azurite. Opt-out entries are shared rows: each test uses its own numbers.</summary>
public sealed class RecipientListHttpTests(InformingApp host) : IClassFixture<InformingApp>
{
    [Fact]
    public async Task A_ten_thousand_row_windows_1251_list_uploads_validates_and_pages_back_complete()
    {
        var csv = new StringBuilder("Лицевой счёт;ФИО;Сумма долга;Телефон;E-mail;Адрес\r\n");
        for (var i = 0; i < 10_000; i++)
        {
            var phone = i % 100 == 7 ? "12-34" : $"8 (913) {i / 10000 + 100:D3}-{i / 100 % 100:D2}-{i % 100:D2}";
            var email = i % 3 == 0 ? $"user{i}@example.ru" : "";
            var account = i % 250 == 11 ? (i - 1).ToString("D10", CultureInfo.InvariantCulture) : i.ToString("D10", CultureInfo.InvariantCulture);
            csv.Append(CultureInfo.InvariantCulture, $"{account};Абонент {i} Иванович;{i},50;{phone};{email};г. Дивногорск, д. {i}\r\n");
        }
        var (response, body) = await UploadAsync(new ByteArrayContent(CustomerService.Functions.Features.Informing.Recipients.CsvDecoder.Windows1251.GetBytes(csv.ToString())) { Headers = { ContentType = new("text/csv") } }, "?name=Должники декабрь");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(("windows-1251", ";", true, 10_000), (body.GetProperty("encoding").GetString(), body.GetProperty("separator").GetString(),
            body.GetProperty("hasHeader").GetBoolean(), body.GetProperty("rows").GetInt32()));
        Assert.Equal("Должники декабрь", body.GetProperty("name").GetString());
        Assert.Equal(100, body.GetProperty("rejected").GetInt32());        // i % 100 == 7: bad phone
        Assert.Equal(40, body.GetProperty("merged").GetInt32());           // i % 250 == 11 repeats the previous account
        Assert.Equal(9_860, body.GetProperty("accepted").GetInt32());
        Assert.Equal(2, body.GetProperty("shards").GetInt32());
        var problem = body.GetProperty("report").GetProperty("problems")[0];
        Assert.Equal((9, "phone"), (problem.GetProperty("line").GetInt32(), problem.GetProperty("field").GetString()));
        Assert.Equal(response.Headers.Location!.ToString(), "/api/informing/recipient-lists/" + body.GetProperty("id").GetString());

        var (_, stored) = await host.SendAsync(HttpMethod.Get, response.Headers.Location.ToString(), "operator");
        Assert.Equal(100, stored.GetProperty("report").GetProperty("problems").GetArrayLength());
        Assert.Equal(40, stored.GetProperty("report").GetProperty("merges").GetArrayLength());

        var accounts = new HashSet<string>();
        string? continuation = null;
        var pages = 0;
        do
        {
            var path = response.Headers.Location + "/recipients?pageSize=1000" + (continuation is null ? "" : "&continuation=" + continuation);
            var (_, page) = await host.SendAsync(HttpMethod.Get, path, "operator");
            foreach (var recipient in page.GetProperty("recipients").EnumerateArray()) Assert.True(accounts.Add(recipient.GetProperty("account").GetString()!));
            continuation = page.GetProperty("continuation").GetString();
            pages++;
        }
        while (continuation is not null);
        Assert.Equal(9_860, accounts.Count);
        Assert.InRange(pages, 10, 12);
    }

    [Fact]
    public async Task A_multipart_upload_honours_opt_outs_and_missing_consent_and_keeps_amounts_exact()
    {
        var (added, _) = await host.SendAsync(HttpMethod.Post, "/api/informing/opt-outs", "operator", new { phone = "8 913 555-00-01", reason = "Просьба клиента" });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        await host.SendAsync(HttpMethod.Post, "/api/informing/opt-outs", "operator", new { account = "opt-acc-1" });
        var csv = "account,name,amount,phone,email,consent\n" +
                  "OPT-1,Клиент СМС-отказ,1234.56,89135550001,c1@example.ru,\n" +
                  "OPT-2,Клиент СМС-отказ без почты,1,89135550001,,\n" +
                  "OPT-ACC-1,Отказ по счёту,1,89135550003,,\n" +
                  "OPT-4,Без согласия,1,89135550004,,нет\n" +
                  "OPT-5,Обычный,1,89135550005,,да\n";
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)]) { Headers = { ContentType = new("text/csv") } }, "file", "optouts.csv" },
        };
        var (response, body) = await UploadAsync(form, "");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(("optouts", ",", 5, 3), (body.GetProperty("name").GetString(), body.GetProperty("separator").GetString(),
            body.GetProperty("accepted").GetInt32(), body.GetProperty("skipped").GetInt32()));

        var (_, page) = await host.SendAsync(HttpMethod.Get, response.Headers.Location + "/recipients", "operator");
        var byAccount = page.GetProperty("recipients").EnumerateArray().ToDictionary(r => r.GetProperty("account").GetString()!);
        Assert.Equal(("email", 1234.56m), (byAccount["OPT-1"].GetProperty("channel").GetString(), byAccount["OPT-1"].GetProperty("amount").GetDecimal()));
        Assert.Equal("Клиент отказался от оповещений по всем каналам, для которых есть контакты.", byAccount["OPT-2"].GetProperty("skipReason").GetString());
        Assert.Equal("Клиент отказался от оповещений (реестр отказов).", byAccount["OPT-ACC-1"].GetProperty("skipReason").GetString());
        Assert.Equal("Нет согласия клиента на оповещения.", byAccount["OPT-4"].GetProperty("skipReason").GetString());
        Assert.Equal("sms", byAccount["OPT-5"].GetProperty("channel").GetString());

        var (removed, result) = await host.SendAsync(HttpMethod.Delete, "/api/informing/opt-outs?phone=%2B79135550001", "operator");
        Assert.Equal((HttpStatusCode.OK, 1), (removed.StatusCode, result.GetProperty("changed").GetInt32()));
        var (_, again) = await UploadAsync(new StringContent("Л/с;Телефон\nOPT-1;89135550001\n", Encoding.UTF8, "text/csv"), "");
        Assert.Equal(0, again.GetProperty("skipped").GetInt32());
    }

    [Fact]
    public async Task Unusable_files_and_bad_requests_are_problems_and_store_nothing()
    {
        var (empty, problem) = await UploadAsync(new StringContent("ФИО;Телефон\nИванов;89131234567\n", Encoding.UTF8, "text/csv"), "");
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal("application/problem+json", empty.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("В заголовке нет столбца с лицевым счётом", problem.GetProperty("errors").GetProperty("file")[0].GetString());
        Assert.Null(empty.Headers.Location);

        var (forbidden, _) = await host.SendAsync(HttpMethod.Post, "/api/informing/recipient-lists", "operator", content: new StringContent("Л/с;Телефон\n1;89131234567\n"));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.SendAsync(HttpMethod.Get, "/api/informing/recipient-lists/" + new string('a', 32), "operator")).Response.StatusCode);

        var (_, list) = await UploadAsync(new StringContent("Л/с;Телефон\n1;89131234567\n", Encoding.UTF8, "text/csv"), "");
        var (badToken, tokenProblem) = await host.SendAsync(HttpMethod.Get, $"/api/informing/recipient-lists/{list.GetProperty("id").GetString()}/recipients?continuation=OTk5fA", "operator");
        Assert.Equal(HttpStatusCode.BadRequest, badToken.StatusCode);
        Assert.True(tokenProblem.GetProperty("errors").TryGetProperty("continuation", out _));

        var (badOptOut, optOutProblem) = await host.SendAsync(HttpMethod.Post, "/api/informing/opt-outs", "operator", new { phone = "12", email = "nope" });
        Assert.Equal(HttpStatusCode.BadRequest, badOptOut.StatusCode);
        Assert.Equal(["email", "phone"], optOutProblem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    private Task<(HttpResponseMessage Response, JsonElement Body)> UploadAsync(HttpContent content, string query) =>
        host.SendAsync(HttpMethod.Post, "/api/informing/recipient-lists" + query, "administrator", content: content);
}
