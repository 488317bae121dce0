namespace CustomerService.Functions.Tests.Platform.Configuration;

/// <summary>The Bicep reader and the source scan behind AppSettingsCoverageTests, on inputs
/// whose answers are known, so a coverage test cannot pass because its reader went blind.</summary>
public sealed class SettingsScannerTests
{
    private const string Bicep = """
        // Security__InComment: 'not a setting'
        var hostAppSettings = {
          AzureWebJobsStorage__accountName: storage.name
          'Quoted__Name': 'x'
          Nested__Parent: {
            NotASetting: 'nested keys are values'
          }
        }
        var secret = ''
        var optionalAppSettings = empty(secret) ? {} : {
          Optional__Secret: secret /* Block__Comment: 'no' */
        }
        var unrelated = {
          Unrelated__Key: 'never referenced by appsettings'
        }
        var text = 'Looks__Like: a key ${union({ Interp__Key: 'no' }, {})} inside a string'

        resource web 'Microsoft.Web/sites/config@2024-04-01' = {
          parent: site
          name: 'web'
          properties: {
            Web__Config: 'another config resource'
          }
        }

        resource appSettings 'Microsoft.Web/sites/config@2024-04-01' = {
          parent: site
          name: 'appsettings'
          properties: union(hostAppSettings, optionalAppSettings, { Inline__A: 'a', Inline__B: 'b' })
        }
        """;

    [Fact]
    public void Bicep_reader_collects_keys_of_the_appsettings_resource_only()
    {
        var names = BicepAppSettings.Names(Bicep);

        Assert.Equal(
            new[] { "AzureWebJobsStorage__accountName", "Inline__A", "Inline__B", "Nested__Parent", "Optional__Secret", "Quoted__Name" },
            names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Bicep_reader_reads_an_inline_properties_object()
    {
        const string bicep = """
            resource s 'Microsoft.Web/sites/config@2024-04-01' = {
              name: 'appsettings'
              properties: {
                A__B: 'x'
                'C__D': 'y'
              }
            }
            """;

        Assert.Equal(new[] { "A__B", "C__D" }, BicepAppSettings.Names(bicep).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Bicep_reader_fails_loudly_without_an_appsettings_resource()
    {
        Assert.Throws<InvalidOperationException>(() => BicepAppSettings.Names("var x = { A: 'b' }\n"));
    }

    [Theory]
    [InlineData("var port = builder.Configuration[\"PORT\"];")]
    [InlineData("var v = configuration.GetValue<int>(\"Queues:BatchSize\");")]
    [InlineData("var v = _config.GetValue<string?>( @\"Security:Mode\");")]
    [InlineData("services.Configure<X>(builder.Configuration.GetSection(\"Storage\"));")]
    [InlineData("var c = configuration.GetConnectionString(\"Storage\");")]
    [InlineData("var s = configuration.GetRequiredSection($\"Storage\");")]
    [InlineData("configuration.Bind(\"Storage\", options);")]
    [InlineData("var p = Environment.GetEnvironmentVariable(\"PORT\");")]
    [InlineData("var url = \"http://x\"; var p = appSettings[\"Url\"];")]
    public void Source_scan_flags_literal_keys(string line)
    {
        Assert.Single(ConfigurationReadScan.Scan("X.cs", "namespace N;\n" + line + "\n"));
    }

    [Theory]
    [InlineData("var port = builder.Configuration[RunModeDetector.StandalonePort];")]
    [InlineData("var v = configuration.GetValue<int>(QueueSettings.BatchSize);")]
    [InlineData("services.Configure<X>(builder.Configuration.GetSection(StorageSettings.Section));")]
    [InlineData("// configuration[\"PORT\"] in a comment")]
    [InlineData("var s = \"see //configuration\"; var x = configuration[Key];")]
    [InlineData("var d = new Dictionary<string, string?> { [\"Security:Mode\"] = \"x\" };")]
    public void Source_scan_accepts_reads_through_constants(string line)
    {
        Assert.Empty(ConfigurationReadScan.Scan("X.cs", line));
    }
}
