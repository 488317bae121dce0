using System.Net;
using System.Text.Json.Nodes;
using CustomerService.Functions.Features.Appeals.Registration;
using CustomerService.Functions.Platform.Storage.Tables;
using CustomerService.Functions.Tests.Features.Appeals;
using CustomerService.Functions.Tests.Support;

namespace CustomerService.Functions.Tests.Platform.OpenApi;

/// <summary>
/// The documented staff workflow examples, sent in order to an appeal registered with the
/// documented website example, each by the role the document names: they are real requests.
/// </summary>
[Collection(AppealsCollection.Name)]
public sealed class WorkflowExampleTests
{
    private const string Base = "/api/staff/appeals/{appealId}";

    [Fact]
    public async Task The_documented_workflow_examples_take_an_appeal_from_intake_to_closed()
    {
        await using var app = await AppealsHost.StartAsync("mupes-divnogorsk");
        var paths = JsonNode.Parse(await app.Client.GetStringAsync("/api/openapi.json"))!["paths"]!;
        var id = await RegisterDocumentedExampleAsync(app, paths);

        foreach (var (action, user) in new[]
        {
            ("/classification", "operator"), ("/assignment", "operator"), ("/answer/draft", "executor"),
            ("/answer/approval", "head-of-unit"), ("/answer/sending", "head-of-unit"), ("/closing", "head-of-unit"),
        })
        {
            var operation = paths[Base + action]!["post"]!;
            var body = operation["requestBody"]?["content"]?["application/json"]?["examples"]?.AsObject().Single().Value!["value"]!.DeepClone() ?? new JsonObject();
            // The one value valid only relative to today: the planned date of corrective measures must not be past.
            if (body["plannedDate"] is not null) body["plannedDate"] = DateTime.UtcNow.AddYears(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var token = await AppealsHost.SignInAsync(app, user);

            var response = await app.Client.SendAsync(AppealsHost.Post($"/api/staff/appeals/{id}{action}", body, bearer: token));

            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{action}: {(int)response.StatusCode} {text}");
            var documented = operation["responses"]!["200"]!["content"]!["application/json"]!["examples"]!.AsObject().Single().Value!["value"]!;
            var actual = JsonNode.Parse(text)!;
            Assert.Equal(documented["status"]!.GetValue<string>(), actual["status"]!.GetValue<string>());
            Assert.Equal(documented["event"]!.GetValue<string>(), actual["event"]!.GetValue<string>());
            Assert.Equal(documented.AsObject().Select(p => p.Key).Order(), actual.AsObject().Select(p => p.Key).Order());
        }
    }

    private static async Task<string> RegisterDocumentedExampleAsync(TestApp app, JsonNode paths)
    {
        var example = paths["/api/appeals"]!["post"]!["requestBody"]!["content"]!["application/json"]!["examples"]!.AsObject().Single().Value!["value"]!;
        var response = await app.Client.SendAsync(AppealsHost.Post("/api/appeals", example.DeepClone()));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var number = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["registrationNumber"]!.GetValue<string>();
        var filter = TableFilter.And(TableFilter.Equal("Organization", "mupes-divnogorsk"), TableFilter.Equal("RegistrationNumber", number));
        await foreach (var row in AppealsHost.Table(app, AppealTables.Appeals).QueryAsync(filter))
        {
            await AppealsHost.WaitForScreeningAsync(app, row.PartitionKey);
            return row.PartitionKey;
        }
        throw new InvalidOperationException($"No appeal {number}.");
    }
}
