namespace CustomerService.Functions.Platform.OpenApi;

/// <summary>The platform's own endpoints in the API document.</summary>
internal static class PlatformApiDocs
{
    private const string Tag = "Platform";

    public static IReadOnlyList<ApiOperationDoc> All { get; } =
    [
        new("GET", "/api/health", "Версия, режим и доступность хранилища / version, run mode and storage reachability") { Tag = Tag },
        new("GET", "/api/me", "Текущий сотрудник и его роли / the signed-in staff member and roles") { Tag = Tag },
        new("GET", "/api/dev/users", "Разработка: пользователи для входа / development: seeded staff users")
        {
            Tag = Tag, Description = "Только при `Security__StaffIdentity=development`. / Only with development sign-in on.",
        },
        new("POST", "/api/dev/sign-in", "Разработка: вход и bearer-токен / development: sign in, get a bearer token")
        {
            Tag = Tag,
            Description = "Только при `Security__StaffIdentity=development`. Ответ: `accessToken` для `Authorization: Bearer …`.",
            Requests = [ApiBodyDoc.Json("""{ "user": "operator" }""")],
            Problems = [400],
        },
        new("POST", "/api/dev/sign-out", "Разработка: выход / development: sign out") { Tag = Tag },
    ];
}
