namespace CustomerService.Functions.Platform.OpenApi;

/// <summary>Names of the security schemes in the document's components.</summary>
public static class ApiSecuritySchemes
{
    /// <summary>Partners (chat-bot, personal cabinet): the Functions key in <c>x-functions-key</c>.</summary>
    public const string FunctionKey = "functionKey";

    /// <summary>Staff: Entra ID through App Service authentication, or the development bearer token.</summary>
    public const string StaffBearer = "staffBearer";

    public const string FunctionKeyHeader = "x-functions-key";
}
