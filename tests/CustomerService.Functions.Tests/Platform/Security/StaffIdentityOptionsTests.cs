using CustomerService.Functions.Platform.Hosting;
using CustomerService.Functions.Platform.Security;

namespace CustomerService.Functions.Tests.Platform.Security;

public sealed class StaffIdentityOptionsTests
{
    private static IConfiguration Settings(string? source, string? websiteAuth = null) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [SecuritySettings.StaffIdentity] = source,
            [SecuritySettings.AppServiceAuthEnabled] = websiteAuth,
        }).Build();

    [Theory]
    [InlineData(null, null, RunMode.Hosted, false, false)]
    [InlineData("AppServiceAuthentication", "True", RunMode.Hosted, true, false)]
    [InlineData("AppServiceAuthentication", "true", RunMode.Hosted, true, false)]
    [InlineData("AppServiceAuthentication", "False", RunMode.Hosted, false, false)]
    [InlineData("AppServiceAuthentication", "True", RunMode.Standalone, false, false)]
    [InlineData("DevelopmentSignIn", null, RunMode.Standalone, false, true)]
    public void Resolves_what_is_trusted(string? source, string? websiteAuth, RunMode mode, bool trustAppService, bool development)
    {
        var options = StaffIdentityOptions.Resolve(Settings(source, websiteAuth), mode);

        Assert.Equal(trustAppService, options.TrustAppServicePrincipal);
        Assert.Equal(development, options.DevelopmentSignIn);
        Assert.Equal(source == "AppServiceAuthentication" && !trustAppService, options.Warning is not null);
    }

    [Theory]
    [InlineData("DevelopmentSignIn", RunMode.Hosted)]
    [InlineData("EasyAuth", RunMode.Standalone)]
    public void Refuses_dangerous_or_unknown_sources(string source, RunMode mode) =>
        Assert.Throws<InvalidOperationException>(() => StaffIdentityOptions.Resolve(Settings(source), mode));
}
