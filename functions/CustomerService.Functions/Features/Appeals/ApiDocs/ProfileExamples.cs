using System.Text.Json.Nodes;
using CustomerService.Functions.Features.Appeals.Organizations.Editing;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CustomerService.Functions.Features.Appeals.ApiDocs;

/// <summary>
/// Intake examples must quote the running organization's current consent text version, or they
/// would be refused by the very app that serves them; the document shows the configured one.
/// </summary>
internal static class ProfileExamples
{
    public static Task ApplyAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var version = context.ApplicationServices.GetRequiredService<ActiveOrganizationProfile>().Current.ConsentTextVersion;
        var examples = operation.RequestBody?.Content?.Values.SelectMany(m => m.Examples?.Values ?? []) ?? [];
        foreach (var value in examples.OfType<OpenApiExample>().Select(e => e.Value))
        {
            var appeal = value?["appeal"] ?? value;
            if (appeal?["consent"] is JsonObject consent) consent["textVersion"] = version;
        }
        return Task.CompletedTask;
    }
}
