using CustomerService.Functions.Platform.OpenApi;

namespace CustomerService.Functions.Features.Informing.Content;

/// <summary>Recipient lists and opt-outs in /api/openapi.json (filled in with the recipient-list endpoints).</summary>
internal static class RecipientListApiDocs
{
    public static IEnumerable<ApiOperationDoc> All() => [];
}
