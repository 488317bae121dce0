using System.Globalization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CustomerService.Functions.Platform.OpenApi;

/// <summary>Applies the <see cref="ApiOperationDoc"/>s a feature registered to the generated operations.</summary>
internal sealed class ApiOperationDocs(IReadOnlyList<ApiOperationDoc> docs) : IOpenApiOperationTransformer
{
    private readonly Dictionary<string, ApiOperationDoc> _byKey = docs.ToDictionary(d => d.Key, StringComparer.OrdinalIgnoreCase);

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var key = context.Description.HttpMethod + " /" + context.Description.RelativePath;
        if (!_byKey.TryGetValue(key, out var doc)) return Task.CompletedTask;
        operation.Summary = doc.Summary;
        operation.Description = doc.Description ?? operation.Description;
        if (doc.Tag is not null) operation.Tags = new HashSet<OpenApiTagReference> { new(doc.Tag, context.Document) };
        foreach (var parameter in doc.Parameters) AddParameter(operation, parameter);
        if (doc.Requests.Count > 0) operation.RequestBody = RequestBody(operation.RequestBody, doc.Requests);
        foreach (var response in doc.Responses) AddResponse(operation, response);
        ProblemResponses.Add(operation, context.Document, [.. doc.Problems]);
        return Task.CompletedTask;
    }

    private static void AddParameter(OpenApiOperation operation, ApiParameterDoc doc)
    {
        operation.Parameters ??= [];
        var location = doc.In == "header" ? ParameterLocation.Header : ParameterLocation.Query;
        var existing = operation.Parameters.OfType<OpenApiParameter>().FirstOrDefault(p => p.Name == doc.Name && p.In == location);
        if (existing is not null)
        {
            existing.Description = doc.Description;
            existing.Required = existing.Required || doc.Required;
            return;
        }
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = doc.Name, In = location, Description = doc.Description, Required = doc.Required,
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
    }

    private static OpenApiRequestBody RequestBody(IOpenApiRequestBody? generated, IReadOnlyList<ApiBodyDoc> bodies)
    {
        var body = new OpenApiRequestBody { Required = true, Content = new Dictionary<string, OpenApiMediaType>() };
        foreach (var doc in bodies)
        {
            // Keep the schema the generator derived from the bound type unless the doc brings its own.
            var generatedSchema = generated?.Content?.Values.FirstOrDefault()?.Schema;
            body.Content[doc.ContentType] = MediaType(doc, doc.Schema ?? generatedSchema);
        }
        return body;
    }

    private static void AddResponse(OpenApiOperation operation, ApiResponseDoc doc)
    {
        operation.Responses ??= [];
        var status = doc.Status.ToString(CultureInfo.InvariantCulture);
        var generatedSchema = operation.Responses.TryGetValue(status, out var generated) ? generated.Content?.Values.FirstOrDefault()?.Schema : null;
        var response = new OpenApiResponse { Description = doc.Description };
        if (doc.Body is not null)
            response.Content = new Dictionary<string, OpenApiMediaType> { [doc.Body.ContentType] = MediaType(doc.Body, doc.Body.Schema ?? generatedSchema) };
        if (doc.Headers.Count > 0)
        {
            response.Headers = doc.Headers.ToDictionary(h => h.Key, h => (IOpenApiHeader)new OpenApiHeader
            {
                Description = h.Value, Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
        }
        operation.Responses[status] = response;
    }

    private static OpenApiMediaType MediaType(ApiBodyDoc doc, IOpenApiSchema? schema) => new()
    {
        Schema = schema,
        Examples = doc.Examples.Keys.ToDictionary(name => name, name => (IOpenApiExample)new OpenApiExample { Value = doc.ParseExample(name) }),
    };
}

public static class ApiOperationDocsRegistration
{
    /// <summary>A feature's descriptions of its own operations, applied to the API document.</summary>
    public static IServiceCollection AddApiOperationDocs(this IServiceCollection services, IReadOnlyList<ApiOperationDoc> docs) =>
        services.Configure<OpenApiOptions>(ApiDocumentRegistration.DocumentName, options => options.AddOperationTransformer(new ApiOperationDocs(docs)));
}
