using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CustomerService.Functions.Platform.Hosting;
using CustomerService.Functions.Platform.OpenApi;
using CustomerService.Functions.Tests.Features.Appeals;
using CustomerService.Functions.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace CustomerService.Functions.Tests.Platform.OpenApi;

/// <summary>
/// /api/openapi.json over real HTTP: valid OpenAPI 3.1, every /api route the app maps is in it with
/// the security its endpoint requires, and the intake examples are requests the app accepts.
/// </summary>
[Collection(AppealsCollection.Name)]
public sealed class ApiDocumentTests
{
    [Fact]
    public async Task The_document_is_valid_openapi_3_1_served_anonymously()
    {
        await using var app = await AppealsHost.StartAsync("mupes-divnogorsk");

        var response = await app.Client.GetAsync("/api/openapi.json");
        var json = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var root = JsonNode.Parse(json)!;
        Assert.StartsWith("3.1", root["openapi"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(app.Services.GetRequiredService<AppRuntime>().Version, root["info"]!["version"]!.GetValue<string>());
        Assert.Contains("x-functions-key", root["info"]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
        var read = OpenApiDocument.Parse(json, "json", new OpenApiReaderSettings());
        Assert.True(read.Diagnostic!.Errors.Count == 0, string.Join("\n", read.Diagnostic.Errors.Select(e => e.Pointer + ": " + e.Message)));
        Assert.Equal(OpenApiSpecVersion.OpenApi3_1, read.Diagnostic.SpecificationVersion);
        var schemes = root["components"]!["securitySchemes"]!;
        Assert.Equal("x-functions-key", schemes[ApiSecuritySchemes.FunctionKey]!["name"]!.GetValue<string>());
        Assert.Equal("bearer", schemes[ApiSecuritySchemes.StaffBearer]!["scheme"]!.GetValue<string>());
    }

    [Fact]
    public async Task Every_api_route_the_app_maps_is_documented_with_its_security()
    {
        await using var app = await AppealsHost.StartAsync("mupes-divnogorsk");
        var paths = (await DocumentAsync(app))["paths"]!.AsObject();

        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["ANY"]).Select(m => (Endpoint: e, Method: m)))
            .ToList();
        var missing = routes.Where(r => paths[r.Endpoint.RoutePattern.RawText!]?[r.Method.ToLowerInvariant()] is null)
            .Select(r => r.Method + " " + r.Endpoint.RoutePattern.RawText).ToList();

        Assert.True(routes.Count >= 25, $"only {routes.Count} routes found");
        Assert.True(missing.Count == 0, "Not in /api/openapi.json: " + string.Join(", ", missing));
        foreach (var (endpoint, method) in routes)
        {
            var operation = paths[endpoint.RoutePattern.RawText!]![method.ToLowerInvariant()]!;
            var expected = OperationSecurity.SchemeFor([.. endpoint.Metadata]);
            Assert.Equal(expected, SchemeOf(operation));
            Assert.False(string.IsNullOrEmpty(operation["summary"]?.GetValue<string>()), $"{method} {endpoint.RoutePattern.RawText} has no summary");
        }
    }

    [Theory]
    [InlineData("post", "/api/appeals", null)]
    [InlineData("post", "/api/appeals/from-partner", ApiSecuritySchemes.FunctionKey)]
    [InlineData("post", "/api/staff/appeals", ApiSecuritySchemes.StaffBearer)]
    [InlineData("get", "/api/appeals/{number}/status", null)]
    [InlineData("post", "/api/staff/appeals/{appealId}/classification", ApiSecuritySchemes.StaffBearer)]
    [InlineData("get", "/api/openapi.json", null)]
    public async Task Known_operations_carry_the_expected_security_and_problems(string method, string path, string? scheme)
    {
        await using var app = await AppealsHost.StartAsync("mupes-divnogorsk");
        var operation = (await DocumentAsync(app))["paths"]![path]![method]!;

        Assert.Equal(scheme, SchemeOf(operation));
        var responses = operation["responses"]!.AsObject();
        if (scheme is not null) Assert.Equal("application/problem+json", responses["401"]!["content"]!.AsObject().Single().Key);
        if (path == "/api/appeals")
        {
            Assert.All(["201", "400", "413", "415", "422", "429"], status => Assert.True(responses.ContainsKey(status), status));
            Assert.NotNull(responses["400"]!["content"]!["application/problem+json"]);
        }
    }

    [Theory]
    [InlineData("/classification", "code")]
    [InlineData("/assignment", "executorId")]
    [InlineData("/answer/draft", "text")]
    [InlineData("/closing", "outcome")]
    public async Task Each_workflow_action_has_its_own_request_schema_and_example(string action, string property)
    {
        await using var app = await AppealsHost.StartAsync("mupes-divnogorsk");
        var document = await DocumentAsync(app);
        var json = document["paths"]!["/api/staff/appeals/{appealId}" + action]!["post"]!["requestBody"]!["content"]!["application/json"]!;

        var schemaId = json["schema"]!["$ref"]!.GetValue<string>().Split('/')[^1];

        Assert.NotNull(document["components"]!["schemas"]![schemaId]!["properties"]![property]);
        Assert.NotNull(json["examples"]!.AsObject().Single().Value!["value"]![property]);
    }

    [Fact]
    public async Task Intake_request_schema_lists_enum_values_as_camelCase_strings()
    {
        await using var app = await AppealsHost.StartAsync("mupes-divnogorsk");
        var document = await DocumentAsync(app);

        var kind = document["components"]!["schemas"]!["AppealRequest"]!["properties"]!["kind"]!;
        var names = kind["enum"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();

        Assert.Contains("informationRequest", names);
        Assert.Contains("complaint", names);
    }

    [Fact]
    public async Task The_documented_website_example_is_accepted_by_the_intake_endpoint()
    {
        await using var app = await AppealsHost.StartAsync("mupes-divnogorsk");
        var document = await DocumentAsync(app);
        var content = document["paths"]!["/api/appeals"]!["post"]!["requestBody"]!["content"]!;
        var example = content["application/json"]!["examples"]!.AsObject().First().Value!["value"]!;

        var response = await app.Client.SendAsync(AppealsHost.Post("/api/appeals", example.DeepClone()));

        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var created = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var documented = document["paths"]!["/api/appeals"]!["post"]!["responses"]!["201"]!["content"]!["application/json"]!["examples"]!.AsObject().First().Value!["value"]!;
        Assert.Equal(documented.AsObject().Select(p => p.Key).Order(), created.AsObject().Select(p => p.Key).Order());
    }

    [Fact]
    public async Task The_documented_multipart_example_is_accepted_with_a_file()
    {
        await using var app = await AppealsHost.StartAsync("mupes-divnogorsk");
        var document = await DocumentAsync(app);
        var example = document["paths"]!["/api/appeals"]!["post"]!["requestBody"]!["content"]!["multipart/form-data"]!["examples"]!.AsObject().First().Value!["value"]!;

        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(example["appeal"]!.ToJsonString(), Encoding.UTF8, "application/json"), "appeal");
        var file = new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "attachments", "Счёт за октябрь.pdf");
        var response = await app.Client.PostAsync("/api/appeals", form);

        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/api/staff/appeals", "operator", "mupes-divnogorsk")]
    [InlineData("/api/appeals/from-partner", null, "tatenergosbyt")] // 001 accepts no partner channel
    public async Task The_partner_and_staff_examples_are_accepted(string path, string? staffUser, string organization)
    {
        await using var app = await AppealsHost.StartAsync(organization);
        var example = (await DocumentAsync(app))["paths"]![path]!["post"]!["requestBody"]!["content"]!["application/json"]!["examples"]!.AsObject().First().Value!["value"]!;
        var bearer = staffUser is null ? null : await AppealsHost.SignInAsync(app, staffUser);

        var response = await app.Client.SendAsync(AppealsHost.Post(path, example.DeepClone(), bearer: bearer, functionsKey: staffUser is null ? AppealsHost.PartnerKey : null));

        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    private static string? SchemeOf(JsonNode operation) =>
        operation["security"]?.AsArray().SelectMany(r => r!.AsObject().Select(p => p.Key)).SingleOrDefault();

    private static async Task<JsonNode> DocumentAsync(TestApp app) =>
        JsonNode.Parse(await app.Client.GetStringAsync("/api/openapi.json"))!;
}
