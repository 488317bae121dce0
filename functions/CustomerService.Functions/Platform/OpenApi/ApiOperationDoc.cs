using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace CustomerService.Functions.Platform.OpenApi;

/// <summary>
/// What the generator cannot see in the code of one operation: prose, examples, and the problem
/// answers it can give. Keyed by method and route template as mapped (<c>POST /api/appeals</c>).
/// </summary>
public sealed record ApiOperationDoc(string Method, string Route, string Summary)
{
    public string? Description { get; init; }
    public string? Tag { get; init; }

    /// <summary>Request bodies by content type (JSON, multipart); a schema replaces the generated one when given.</summary>
    public IReadOnlyList<ApiBodyDoc> Requests { get; init; } = [];

    /// <summary>Success answers.</summary>
    public IReadOnlyList<ApiResponseDoc> Responses { get; init; } = [];

    /// <summary>Problem+json statuses this operation can answer besides the ones derived from its metadata (401/403/429).</summary>
    public IReadOnlyList<int> Problems { get; init; } = [];

    /// <summary>Headers and query parameters the handler reads itself (not bound by the generator).</summary>
    public IReadOnlyList<ApiParameterDoc> Parameters { get; init; } = [];

    public string Key => Method.ToUpperInvariant() + " " + Route;
}

/// <summary>One media type of a request or response body; examples are JSON text (parsed once, at start).</summary>
public sealed record ApiBodyDoc(string ContentType, IReadOnlyDictionary<string, string> Examples)
{
    /// <summary>Null keeps what the generator derived from the code (if anything).</summary>
    public IOpenApiSchema? Schema { get; init; }
    public string? Description { get; init; }

    public static ApiBodyDoc Json(string example, string name = "example") => new("application/json", new Dictionary<string, string> { [name] = example });

    internal JsonNode ParseExample(string name) => JsonNode.Parse(Examples[name])!;
}

public sealed record ApiResponseDoc(int Status, string Description)
{
    public ApiBodyDoc? Body { get; init; }
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}

public sealed record ApiParameterDoc(string Name, string In, string Description, bool Required = false);
