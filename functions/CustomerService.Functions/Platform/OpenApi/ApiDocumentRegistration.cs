using CustomerService.Functions.Platform.Hosting.Catalogue;
using Microsoft.AspNetCore.OpenApi;

namespace CustomerService.Functions.Platform.OpenApi;

/// <summary>
/// The OpenAPI 3.1 document of every /api endpoint at <c>GET /api/openapi.json</c>:
/// <c>builder.AddApiDocument()</c> and <c>api.MapApiDocument()</c>. Features describe their own
/// operations with <see cref="ApiOperationDocsRegistration.AddApiOperationDocs"/>.
/// </summary>
public static class ApiDocumentRegistration
{
    /// <summary>The document name ASP.NET Core's generator knows it by (options are named after it).</summary>
    public const string DocumentName = "v1";
    public const string Route = "/openapi.json";

    public static WebApplicationBuilder AddApiDocument(this WebApplicationBuilder builder)
    {
        builder.Services.AddOpenApi(DocumentName, options =>
        {
            options.OpenApiVersion = Microsoft.OpenApi.OpenApiSpecVersion.OpenApi3_1;
            // Each workflow action nests its own `Request` record: without the outer name they would share one schema.
            options.CreateSchemaReferenceId = type => type.Type.IsNested && OpenApiOptions.CreateDefaultSchemaReferenceId(type) is { } id
                ? type.Type.DeclaringType!.Name + id
                : OpenApiOptions.CreateDefaultSchemaReferenceId(type);
            options.AddDocumentTransformer<ApiDocumentInfo>();
            options.AddOperationTransformer(OperationSecurity.ApplyAsync);
        });
        builder.Services.AddApiOperationDocs(PlatformApiDocs.All);
        return builder;
    }

    public static RouteGroupBuilder MapApiDocument(this RouteGroupBuilder api)
    {
        // No {documentName} in the pattern: the generator then serves the default document (v1).
        api.MapOpenApi(Route)
            .AllowAnonymous()
            .AsFunction("OpenApi", FunctionAuthLevel.Anonymous);
        return api;
    }
}
