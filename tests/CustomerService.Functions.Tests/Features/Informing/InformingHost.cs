using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Features.Informing.Content;
using CustomerService.Functions.Platform.Storage.Tables;
using CustomerService.Functions.Tests.Features.Appeals;
using CustomerService.Functions.Tests.Support;

namespace CustomerService.Functions.Tests.Features.Informing;

/// <summary>One app for the informing HTTP tests (МУПЭС unless a subclass names another organization), with a token per seeded staff user.</summary>
public class InformingApp : IAsyncLifetime
{
    private readonly Dictionary<string, string> _tokens = [];
    private readonly string _organization;

    public InformingApp()
        : this(OrganizationIds.MupesDivnogorsk)
    {
    }

    protected InformingApp(string organization) => _organization = organization;

    public TestApp App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        App = await AppealsHost.StartAsync(_organization);
        foreach (var user in new[] { "operator", "administrator" }) _tokens[user] = await AppealsHost.SignInAsync(App, user);
    }

    public Task DisposeAsync() => App.DisposeAsync().AsTask();

    /// <summary>Removes a scenario override left by an earlier run against the same storage (CSF_TEST_STORAGE).</summary>
    public async Task ForgetOverrideAsync(string scenarioId, string language)
    {
        await App.Services.GetRequiredService<InformingContentTables>().EnsureCreatedAsync(CancellationToken.None);
        var table = App.Services.GetRequiredService<TableServiceClient>().GetTableClient(InformingContentTables.ScenarioOverrides);
        try
        {
            await table.DeleteEntityAsync(scenarioId, language);
        }
        catch (Azure.RequestFailedException e) when (e.Status == 404)
        {
        }
    }

    public async Task<(HttpResponseMessage Response, JsonElement Body)> SendAsync(HttpMethod method, string path, string? user, object? body = null,
        string? ifMatch = null, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (user is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _tokens[user]);
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        request.Content = content ?? (body is null ? null : new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"));
        var response = await App.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }
}
