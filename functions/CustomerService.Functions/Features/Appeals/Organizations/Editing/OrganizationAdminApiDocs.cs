using System.Text.Json;
using CustomerService.Functions.Features.Appeals.Registration;
using CustomerService.Functions.Platform.OpenApi;

namespace CustomerService.Functions.Features.Appeals.Organizations.Editing;

/// <summary>The profile administration routes in /api/openapi.json; examples are built from a shipped profile, so they stay valid.</summary>
internal static class OrganizationAdminApiDocs
{
    private const string Tag = "Administration";
    private const string Base = "/api" + OrganizationAdminEndpoints.Base;

    public static IReadOnlyList<ApiOperationDoc> All()
    {
        var shipped = OrganizationProfiles.Find(OrganizationProfiles.DefaultId)!;
        var document = OrganizationProfileDocument.From(shipped);
        var view = new OrganizationAdminEndpoints.ProfileView(shipped.Id, true, true, 0, OrganizationProfileStore.ShippedETag, null, null, document);
        var ifMatch = new ApiParameterDoc("If-Match", "header", "ETag из GET (\"shipped\" для неизменённого профиля) / the ETag you edited", Required: true);
        var etag = new Dictionary<string, string> { ["ETag"] = "Версия профиля для следующего If-Match / the version for the next If-Match" };
        return
        [
            new("GET", Base, "Профили организаций / the organization profiles") { Tag = Tag, Responses = [new(200, "Профили и активный / profiles and the active one") { Body = Json(new OrganizationAdminEndpoints.ProfileList(shipped.Id, [view])) }] },
            new("GET", Base + "/{id}", "Профиль организации / one profile") { Tag = Tag, Responses = [new(200, "Профиль / the profile") { Body = Json(view), Headers = etag }], Problems = [404] },
            new("PUT", Base + "/{id}", "Изменить профиль / save an edited profile")
            {
                Tag = Tag,
                Description = "Тело — поле `profile` из GET. Требует If-Match: 428 без него, 412 если профиль сохранил кто-то другой, 400 с ошибками по полям.",
                Parameters = [ifMatch],
                Requests = [Json(document)],
                Responses = [new(200, "Сохранённая версия / the saved version") { Body = Json(view with { Shipped = false, Version = 1, Etag = "W/\"datetime'2026-12-07T10%3A00%3A00.000Z'\"" }), Headers = etag }],
                Problems = [400, 404, 412, 428],
            },
            new("GET", Base + "/{id}/history", "История версий профиля / the profile's versions, newest first") { Tag = Tag, Problems = [404] },
            new("POST", Base + "/{id}/revert", "Вернуть версию профиля / restore a version as a new one")
            {
                Tag = Tag,
                Description = "`version`: номер из истории или 0 — поставляемый профиль. Старая версия записывается как новая; история не теряется.",
                Parameters = [ifMatch],
                Requests = [ApiBodyDoc.Json("""{ "version": 1 }""")],
                Responses = [new(200, "Новая версия / the new version") { Headers = etag }],
                Problems = [400, 404, 412, 428],
            },
        ];
    }

    private static ApiBodyDoc Json<T>(T value) => ApiBodyDoc.Json(JsonSerializer.Serialize(value, AppealRegistrar.Json));
}
