using System.Text.Json;
using CustomerService.Functions.Features.Deadlines.Api;
using CustomerService.Functions.Platform.OpenApi;

namespace CustomerService.Functions.Features.Deadlines.Policies.Editing;

/// <summary>The policy administration routes in /api/openapi.json; the example is a shipped policy given a new version.</summary>
internal static class PolicyAdminApiDocs
{
    private const string Tag = "Administration";
    private const string Base = "/api" + PolicyAdminEndpoints.Base + "/{organizationId}";

    public static IReadOnlyList<ApiOperationDoc> All()
    {
        var shipped = ShippedPolicies.All[0];
        var added = shipped with { Version = "2027.1", EffectiveFrom = new DateOnly(2027, 1, 1), Rules = shipped.Rules.Take(1).ToList() };
        var view = new PolicyAdminEndpoints.VersionView(added.Version, added.EffectiveFrom, "added", false, false, new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero), "admin", added);
        return
        [
            new("GET", Base, "Версии политики сроков организации / the organization's policy versions")
            {
                Tag = Tag,
                Description = "Поставляемые и добавленные версии; current — версия, которую получают обращения, регистрируемые сегодня.",
                Problems = [404],
            },
            new("POST", Base, "Добавить версию политики сроков / add a policy version")
            {
                Tag = Tag,
                Description = "Тело — версия в формате GET /api/deadlines/policies с новым `version` и `effectiveFrom` не раньше сегодняшнего дня. "
                    + "Версии не изменяются: обращения сохраняют версию, по которой зарегистрированы. Обещания в подтверждении берутся из профиля организации. "
                    + "400 — ошибки по полям (rules[i].limit.value…), 409 — такая версия уже есть. При нескольких экземплярах задавайте effectiveFrom с завтрашнего дня (экземпляры видят версию в течение ~35 с).",
                Requests = [Json(added)],
                Responses = [new(201, "Добавленная версия / the added version") { Body = Json(view) }],
                Problems = [400, 404, 409],
            },
            new("DELETE", Base + "/{version}", "Отозвать добавленную версию до начала её действия / withdraw an added version before it takes effect")
            {
                Tag = Tag,
                Problems = [404, 409],
            },
        ];
    }

    private static ApiBodyDoc Json<T>(T value) => ApiBodyDoc.Json(JsonSerializer.Serialize(value, DeadlineEndpoints.Json));
}
