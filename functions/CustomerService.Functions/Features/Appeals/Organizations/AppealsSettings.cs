using CustomerService.Functions.Platform.Configuration;

namespace CustomerService.Functions.Features.Appeals.Organizations;

/// <summary>Every setting the appeals feature reads.</summary>
public static class AppealsSettings
{
    [AppSetting("Which organization profile intake uses: mupes-divnogorsk (default), tatenergosbyt, krc-petrozavodsk or astanaenergosbyt.", Optional = true)]
    public const string Organization = "Appeals:Organization";

    [AppSetting("Secret key (at least 32 characters) for the HMAC in appeal status access codes. Required in hosted mode; standalone without it a random key per process is used (codes then die with the process).")]
    public const string StatusCodeKey = "Appeals:StatusCodeKey";
}
