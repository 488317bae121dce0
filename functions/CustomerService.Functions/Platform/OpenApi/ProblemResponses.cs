using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace CustomerService.Functions.Platform.OpenApi;

/// <summary>RFC 9457 problem+json answers: the two schemas and the responses that use them.</summary>
public static class ProblemResponses
{
    public const string ContentType = "application/problem+json";
    public const string ProblemSchema = "ProblemDetails";
    public const string ValidationProblemSchema = "ValidationProblemDetails";

    private static readonly Dictionary<int, string> Descriptions = new()
    {
        [400] = "Ошибки в запросе: сообщения на русском по полям в `errors`. / Invalid request: Russian messages per field in `errors`.",
        [401] = "Нет действительных учётных данных. / Not authenticated.",
        [403] = "Недостаточно прав (роль). / Authenticated, but the role does not allow this.",
        [404] = "Не найдено. / Not found.",
        [409] = "Действие невозможно в текущем состоянии или конфликт изменений (`detail`). / Not allowed in the current state, or a concurrent change.",
        [412] = "`If-Match` не совпал: карточка изменилась. / The `If-Match` ETag no longer matches.",
        [413] = "Запрос слишком велик. / Request body too large.",
        [415] = "Неподдерживаемый тип содержимого. / Unsupported media type.",
        [422] = "Запрос понят, но не может быть выполнен (`detail` или `errors`). / Understood but refused.",
        [429] = "Слишком много запросов: повторите позже (`Retry-After`). / Rate limit exceeded.",
    };

    public static void Add(OpenApiOperation operation, OpenApiDocument? document, params int[] statuses)
    {
        operation.Responses ??= [];
        foreach (var status in statuses)
        {
            var schema = status is 400 or 422 ? ValidationProblemSchema : ProblemSchema;
            operation.Responses.TryAdd(status.ToString(System.Globalization.CultureInfo.InvariantCulture), new OpenApiResponse
            {
                Description = Descriptions.GetValueOrDefault(status, "Problem"),
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    [ContentType] = new() { Schema = new OpenApiSchemaReference(schema, document) },
                },
            });
        }
    }

    public static void AddSchemas(OpenApiComponents components)
    {
        components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        components.Schemas[ProblemSchema] = Problem(withErrors: false);
        components.Schemas[ValidationProblemSchema] = Problem(withErrors: true);
    }

    private static OpenApiSchema Problem(bool withErrors)
    {
        var properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["correlationId"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Quote it to support: it finds the request in the logs." },
        };
        if (withErrors)
        {
            properties["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "Field name as sent (dotted, with indexes: `questions[0].text`) → Russian messages.",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            };
        }
        return new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "RFC 9457 problem details.",
            Properties = properties,
            Examples = withErrors ? [JsonNode.Parse("""{"title":"Запрос содержит ошибки.","status":400,"errors":{"consent.accepted":["Необходимо согласие на обработку персональных данных"]},"correlationId":"0HN8…"}""")!] : null,
        };
    }
}
