using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CustomerService.Functions.Tests.Support;

/// <summary>What an administration call answered: status, JSON body (empty object when none), ETag and media type.</summary>
public sealed record AdminResponse(HttpStatusCode Status, JsonNode Body, string? ETag, string? MediaType);

/// <summary>Calls to the administration routes (calendars, policies) with a bearer token, a body and the ETag headers.</summary>
public static class AdminHttp
{
    /// <param name="token">Null: an anonymous call, on a client of its own (sign-in leaves a development cookie on the shared one).</param>
    /// <param name="body">A string is sent as it is (with <paramref name="contentType"/>); a JsonNode or another object as JSON.</param>
    public static async Task<AdminResponse> SendAsync(TestApp app, HttpMethod method, string path, string? token,
        object? body = null, string contentType = "application/json", string? ifMatch = null, bool noneMatch = false)
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
        {
            var text = body switch { string s => s, JsonNode node => node.ToJsonString(), _ => JsonSerializer.Serialize(body) };
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(text)) { Headers = { ContentType = MediaTypeHeaderValue.Parse(contentType) } };
        }
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        if (noneMatch) request.Headers.TryAddWithoutValidation("If-None-Match", "*");
        using var anonymous = new HttpClient { BaseAddress = app.Address };
        var response = await (token is null ? anonymous : app.Client).SendAsync(request);
        var answer = await response.Content.ReadAsStringAsync();
        return new AdminResponse(response.StatusCode, answer.Length == 0 ? new JsonObject() : JsonNode.Parse(answer)!, response.Headers.ETag?.ToString(), response.Content.Headers.ContentType?.MediaType);
    }
}
