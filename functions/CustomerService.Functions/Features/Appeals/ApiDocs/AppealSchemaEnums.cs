using System.Text.Json.Nodes;
using CustomerService.Functions.Features.Appeals.Intake;
using CustomerService.Functions.Features.Appeals.Model;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CustomerService.Functions.Features.Appeals.ApiDocs;

/// <summary>
/// The intake request keeps enum values as strings (so an unknown value gets a Russian field
/// message); the document still lists the allowed camelCase names from the model's enums.
/// </summary>
internal static class AppealSchemaEnums
{
    private static readonly Dictionary<(Type, string), string[]> Allowed = new()
    {
        [(typeof(AppealRequest), "kind")] = Names<AppealKind>(),
        [(typeof(AppealRequest), "channel")] = Names<Channel>(),
        [(typeof(ApplicantRequest), "kind")] = Names<ApplicantKind>(),
        [(typeof(PreferredReplyRequest), "channel")] = Names<ReplyChannel>(),
    };

    public static Task ApplyAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonPropertyInfo is { } property && Allowed.TryGetValue((property.DeclaringType, property.Name), out var names))
            schema.Enum = [.. names.Select(n => (JsonNode)JsonValue.Create(n))];
        return Task.CompletedTask;
    }

    private static string[] Names<T>() where T : struct, Enum => [.. Enum.GetValues<T>().Select(WireEnum<T>.Name)];
}
