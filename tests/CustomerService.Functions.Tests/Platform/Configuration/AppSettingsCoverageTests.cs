using System.Text.Json;
using CustomerService.Functions.Platform.Configuration;
using CustomerService.Functions.Platform.Hosting;
using CustomerService.Functions.Tests.Support;

namespace CustomerService.Functions.Tests.Platform.Configuration;

/// <summary>
/// No Bicep compiler can run here, so this keeps code, infra/bicep/main.bicep,
/// local.settings.sample.json and docs/settings.md in step by reading them: every setting the code
/// declares with [AppSetting] is deployed (or optional) and documented, every setting main.bicep
/// writes is read by someone, and code reads configuration only through declared constants.
/// </summary>
public sealed class AppSettingsCoverageTests
{
    private const string MainBicep = "infra/bicep/main.bicep";
    private const string Sample = "local.settings.sample.json";
    private const string SettingsDoc = "docs/settings.md";

    /// <summary>Settings read by the Functions host, App Service or the Azure SDK — not by our
    /// code, so no [AppSetting] declares them. A trailing * matches a prefix.</summary>
    private static readonly IReadOnlyDictionary<string, string> HostOwned = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["FUNCTIONS_WORKER_RUNTIME"] = "Core Tools picks the custom-handler worker (local only; on Flex Consumption the runtime is functionAppConfig.runtime)",
        ["AzureWebJobsStorage"] = "host storage connection for Core Tools (Azurite locally)",
        ["AzureWebJobsStorage__*"] = "identity-based host storage (accountName, credential, clientId)",
        ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = "host telemetry",
        ["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"] = "Entra ID telemetry ingestion by the host",
        ["AZURE_CLIENT_ID"] = "Azure.Identity picks the user-assigned managed identity by it",
        ["MICROSOFT_PROVIDER_AUTHENTICATION_SECRET"] = "App Service Authentication reads the Entra client secret from it",
    };

    /// <summary>Settings main.bicep already writes for an area that does not declare them yet.
    /// When the area declares one, the test below asks to delete it here.</summary>
    private static readonly IReadOnlyDictionary<string, string> PendingDeclaration = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
    };

    /// <summary>App settings that Flex Consumption deprecates or that would bring back shared keys.</summary>
    private static readonly IReadOnlyDictionary<string, string> Forbidden = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["FUNCTIONS_WORKER_RUNTIME"] = "deprecated on Flex Consumption: the runtime is functionAppConfig.runtime.name",
        ["FUNCTIONS_EXTENSION_VERSION"] = "deprecated on Flex Consumption: set by the platform",
        ["FUNCTIONS_WORKER_RUNTIME_VERSION"] = "deprecated on Flex Consumption: functionAppConfig.runtime.version",
        ["WEBSITE_RUN_FROM_PACKAGE"] = "deprecated on Flex Consumption: the package comes from the deployment container",
        ["WEBSITE_CONTENTSHARE"] = "Flex Consumption has no content share",
        ["WEBSITE_CONTENTAZUREFILECONNECTIONSTRING"] = "Flex Consumption has no content share",
        ["SCM_DO_BUILD_DURING_DEPLOYMENT"] = "not supported on Flex Consumption; scripts/publish.sh builds the package",
        ["WEBSITE_TIME_ZONE"] = "not supported on Flex Consumption; schedules are UTC",
        ["AzureWebJobsStorage"] = "a connection string needs shared keys, which the storage account disables; use AzureWebJobsStorage__accountName",
    };

    private static readonly IReadOnlyList<DeclaredSetting> Declared = DeclaredSettings.In(typeof(FunctionApp).Assembly);

    private static string Read(string relativePath) => File.ReadAllText(Path.Combine(RepositoryRoot.Path, relativePath));

    private static IReadOnlySet<string> BicepNames() => BicepAppSettings.Names(Read(MainBicep));

    private static bool Matches(IReadOnlyDictionary<string, string> list, string name) =>
        list.Keys.Any(k => k.EndsWith('*') ? name.StartsWith(k[..^1], StringComparison.OrdinalIgnoreCase)
                                          : name.Equals(k, StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void Reflection_finds_the_declared_settings()
    {
        // Guards the discovery itself: a broken reflection query would make every check vacuous.
        Assert.Contains(Declared, s => s.Name == RunModeDetector.CustomHandlerPortVariable && s.Source == SettingSource.Platform);
        Assert.Contains(Declared, s => s.Name == RunModeDetector.StandalonePort && s is { Source: SettingSource.StandaloneOnly, Optional: true });
    }

    [Fact]
    public void AppSetting_marks_only_const_strings()
    {
        var wrong = DeclaredSettings.Misdeclared(typeof(FunctionApp).Assembly).ToList();
        Assert.True(wrong.Count == 0, "[AppSetting] must be on a 'const string' field; change these: " + string.Join(", ", wrong));
    }

    [Fact]
    public void Every_required_deployment_setting_is_set_by_main_bicep()
    {
        var bicep = BicepNames();
        var missing = Declared
            .Where(s => s is { Source: SettingSource.Deployment, Optional: false } && !bicep.Contains(s.EnvName))
            .Select(s => $"- {s} is not set by {MainBicep}: add '{s.EnvName}' to one of its *AppSettings variables, or mark it Optional = true if a default applies.");
        AssertNone(missing);
    }

    [Fact]
    public void Every_setting_main_bicep_writes_is_declared_in_code_or_owned_by_the_host()
    {
        var declared = Declared.Select(s => s.EnvName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unknown = BicepNames()
            .Where(n => !declared.Contains(n) && !Matches(HostOwned, n) && !Matches(PendingDeclaration, n))
            .Select(n => $"- '{n}' is set by {MainBicep} but no [AppSetting] declares it and it is not on the host-owned list in {nameof(AppSettingsCoverageTests)}: declare it in the area that reads it, or remove it from {MainBicep}.");
        AssertNone(unknown);
    }

    [Fact]
    public void Settings_pending_declaration_are_not_declared_yet()
    {
        var nowDeclared = Declared
            .Where(s => Matches(PendingDeclaration, s.EnvName))
            .Select(s => $"- {s} is now declared in code: delete '{s.EnvName}' from {nameof(PendingDeclaration)} in {nameof(AppSettingsCoverageTests)} and from the pending table in {SettingsDoc}.");
        AssertNone(nowDeclared);
    }

    [Fact]
    public void Main_bicep_sets_no_platform_standalone_or_forbidden_setting()
    {
        var bicep = BicepNames();
        var notOurs = Declared
            .Where(s => s.Source is SettingSource.Platform or SettingSource.StandaloneOnly && bicep.Contains(s.EnvName))
            .Select(s => $"- {s} must not be set by {MainBicep}: {(s.Source == SettingSource.Platform ? "the Functions host or App Service sets it" : "it only applies without the Functions host")}.");
        var forbidden = bicep
            .Where(n => Forbidden.ContainsKey(n))
            .Select(n => $"- '{n}' must not be set by {MainBicep}: {Forbidden[n]}.");
        AssertNone(notOurs.Concat(forbidden));
    }

    [Fact]
    public void Main_bicep_declares_a_flex_consumption_custom_handler()
    {
        var bicep = Read(MainBicep);
        Assert.Matches(@"name:\s*'FC1'", bicep);
        Assert.Matches(@"runtime:\s*\{\s*name:\s*'custom'", bicep);
        Assert.Matches(@"allowSharedKeyAccess:\s*false", bicep);
        Assert.Matches(@"unauthenticatedClientAction:\s*'AllowAnonymous'", bicep);
    }

    [Fact]
    public void Every_declared_setting_is_in_the_sample_or_the_settings_doc()
    {
        var sample = SampleValues().Keys.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var doc = Read(SettingsDoc);
        var undocumented = Declared
            .Where(s => !sample.Contains(s.EnvName) && !doc.Contains($"`{s.EnvName}`", StringComparison.Ordinal) && !doc.Contains($"`{s.Name}`", StringComparison.Ordinal))
            .Select(s => $"- {s} is neither in {Sample} (\"Values\") nor in {SettingsDoc} (as `{s.EnvName}`): add a row to the table there saying what it does and its local default. {s.Description}");
        AssertNone(undocumented);
    }

    [Fact]
    public void The_sample_holds_only_known_settings_with_safe_local_values()
    {
        var values = SampleValues();
        var declared = Declared.Select(s => s.EnvName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unknown = values.Keys
            .Where(n => !declared.Contains(n) && !Matches(HostOwned, n) && !Matches(PendingDeclaration, n))
            .Select(n => $"- '{n}' is in {Sample} but nothing reads it: declare it with [AppSetting] or remove it.");
        AssertNone(unknown);
        Assert.Equal("custom", values["FUNCTIONS_WORKER_RUNTIME"]);
        Assert.Equal("UseDevelopmentStorage=true", values["AzureWebJobsStorage"]);
    }

    [Fact]
    public void Code_reads_configuration_only_through_declared_constants()
    {
        var functions = Path.Combine(RepositoryRoot.Path, "functions");
        var findings = Directory.EnumerateFiles(functions, "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(Path.GetRelativePath(functions, f)))
            .SelectMany(f => ConfigurationReadScan.Scan(Path.GetRelativePath(RepositoryRoot.Path, f), File.ReadAllText(f)))
            .Select(f => $"- {f.File}:{f.Line} reads configuration with a string-literal key: `{f.Code}`. Use a const string marked [AppSetting] in that area.");
        AssertNone(findings);
    }

    private static Dictionary<string, string> SampleValues()
    {
        using var json = JsonDocument.Parse(Read(Sample));
        return json.RootElement.GetProperty("Values").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.GetString() ?? "", StringComparer.OrdinalIgnoreCase);
    }

    private static bool IsBuildOutput(string relative) =>
        relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "node_modules");

    private static void AssertNone(IEnumerable<string> problems)
    {
        var list = problems.ToList();
        Assert.True(list.Count == 0, $"{list.Count} setting problem(s):{Environment.NewLine}{string.Join(Environment.NewLine, list)}");
    }
}
