using CustomerService.Functions.Platform.Hosting;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CustomerService.Functions.Platform.OpenApi;

/// <summary>Title, version, how-to-call text (Russian and English), security schemes and problem schemas.</summary>
internal sealed class ApiDocumentInfo(AppRuntime runtime) : IOpenApiDocumentTransformer
{
    private const string HowToCall = """
        **Как вызывать (RU).** Сайт вызывает `POST /api/appeals` и `GET /api/appeals/{number}/status` анонимно;
        эти маршруты ограничены по частоте на IP клиента (при превышении — `429` с `Retry-After`).
        Партнёры (чат-бот, личный кабинет, мобильное приложение) вызывают `POST /api/appeals/from-partner`
        с ключом функции в заголовке `x-functions-key` (или `?code=`). Сотрудники входят через Entra ID
        (App Service Authentication) или, в среде разработки, получают bearer-токен через `POST /api/dev/sign-in`
        и передают `Authorization: Bearer …`. Ошибки — `application/problem+json` (RFC 9457) с сообщениями на русском;
        перечисления — строки в camelCase. Повтор запроса безопасен с заголовком `Idempotency-Key`.
        Подробно: docs/appeals.md, docs/security.md.

        **How to call (EN).** The website calls `POST /api/appeals` and `GET /api/appeals/{number}/status`
        anonymously; both are rate-limited per client IP (`429` with `Retry-After` beyond the limit).
        Partners (chat-bot, personal cabinet, mobile app) call `POST /api/appeals/from-partner` with their
        function key in the `x-functions-key` header (or `?code=`). Staff sign in with Entra ID (App Service
        Authentication) or, in development, get a bearer token from `POST /api/dev/sign-in` and send
        `Authorization: Bearer …`. Errors are `application/problem+json` (RFC 9457) with Russian messages;
        enum values are camelCase strings. Retries are safe with an `Idempotency-Key` header.
        Details: docs/appeals.md, docs/security.md.
        """;

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "CustomerService.Functions — обращения потребителей / customer appeals API",
            Version = runtime.Version,
            Description = HowToCall,
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
        {
            [ApiSecuritySchemes.FunctionKey] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = ApiSecuritySchemes.FunctionKeyHeader,
                Description = "Ключ функции партнёра (Azure Functions) / the partner's function key. Standalone: `Security__ApiKeys__<caller>`.",
            },
            [ApiSecuritySchemes.StaffBearer] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "Сотрудники: Entra ID через App Service Authentication (в Azure сеанс входа, роли из Entra), "
                    + "в разработке — токен из `POST /api/dev/sign-in`. / Staff: Entra ID via App Service Authentication; "
                    + "in development the token from `POST /api/dev/sign-in`. Roles: operator, executor, headOfUnit, administrator, securityOfficer.",
            },
        };
        ProblemResponses.AddSchemas(document.Components);
        AddSelf(document);
        // The generator names tags after the mapping classes; operations carry ours.
        document.Tags = new HashSet<OpenApiTag>
        {
            new() { Name = "Appeals (public)", Description = "Сайт, чат-бот, заявитель / website, chat-bot, applicant" },
            new() { Name = "Appeals (staff)", Description = "Сотрудники: журнал, карточка, рабочий процесс / staff: journal, card, workflow" },
            new() { Name = "Platform", Description = "Здоровье, вход, этот документ / health, sign-in, this document" },
        };
        return Task.CompletedTask;
    }

    /// <summary>MapOpenApi excludes its own endpoint from the description; list it so every /api route is documented.</summary>
    private static void AddSelf(OpenApiDocument document)
    {
        document.Paths ??= [];
        var operation = new OpenApiOperation
        {
            Summary = "Этот документ OpenAPI 3.1 / this OpenAPI 3.1 document",
            Tags = new HashSet<OpenApiTagReference> { new("Platform", document) },
            Responses = new OpenApiResponses { ["200"] = new OpenApiResponse { Description = "OpenAPI 3.1 JSON" } },
        };
        document.Paths["/api" + ApiDocumentRegistration.Route] = new OpenApiPathItem
        {
            Operations = new Dictionary<HttpMethod, OpenApiOperation> { [HttpMethod.Get] = operation },
        };
    }
}
